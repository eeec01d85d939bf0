// @ts-check
/**
 * The bare floor the form benchmarks compare the portal with: plain Node + node:sqlite in WAL mode
 * (synchronous FULL, as the portal's adapter), doing what a form post must: one transaction that
 * stores the submission (or claims a seat and stores the booking) with its notification job.
 * With `--jobs`, a runner takes queued jobs every second and writes their outbox rows.
 * Prints the port it listens on. Usage: node bench/floor.mjs --db /tmp/floor.db [--jobs]
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { parseArgs } from 'node:util'
import { DatabaseSync } from 'node:sqlite'

const { values: options } = parseArgs({
  options: { db: { type: 'string' }, jobs: { type: 'boolean' } },
})
const db = new DatabaseSync(String(options.db))
db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;
  CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, reference TEXT UNIQUE,
    idempotency_key TEXT UNIQUE, kind TEXT, data TEXT, created_at TEXT);
  CREATE TABLE IF NOT EXISTS ledgers (evening TEXT PRIMARY KEY, capacity INT, confirmed INT, sequence INT);
  CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY, task TEXT, input TEXT, done INT DEFAULT 0);
  CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, job INT, body TEXT);
  INSERT OR IGNORE INTO ledgers VALUES ('bench', ${Number(process.env.BENCH_CAPACITY ?? 200)}, 0, 0);`)

const byKey = db.prepare('SELECT reference, data FROM submissions WHERE idempotency_key = ?')
const insert = db.prepare('INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?)')
const queue = db.prepare('INSERT INTO jobs (task, input) VALUES (?, ?)')
const ledger = db.prepare("SELECT confirmed, capacity, sequence FROM ledgers WHERE evening = 'bench'")
const claim = db.prepare(
  "UPDATE ledgers SET sequence = sequence + 1, confirmed = confirmed + ? WHERE evening = 'bench'",
)
const inTransaction = (/** @type {() => unknown} */ work) => {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** @param {Record<string, unknown>} body @param {string} kind @param {string | undefined} key */
function store(body, kind, key) {
  return inTransaction(() => {
    const previous = key && /** @type {{ reference: string, data: string } | undefined} */ (byKey.get(key))
    if (previous) return { reference: previous.reference, ...JSON.parse(previous.data).answer }
    const id = randomUUID()
    const reference = id.slice(0, 8).toUpperCase()
    let answer = {}
    if (kind === 'booking') {
      const seats = Number(body.seats) || 1
      const now = /** @type {{ confirmed: number, capacity: number, sequence: number }} */ (ledger.get())
      const fits = now.confirmed + seats <= now.capacity
      claim.run(fits ? seats : 0)
      answer = { status: fits ? 'confirmed' : 'waitlisted', sequence: now.sequence + 1 }
    }
    const data = JSON.stringify({ ...body, answer })
    insert.run(id, reference, key ?? null, kind, data, new Date().toISOString())
    queue.run(kind === 'booking' ? 'afterBooking' : 'notifySubmission', JSON.stringify({ id }))
    return { reference, ...answer }
  })
}

const read = (/** @type {http.IncomingMessage} */ req) =>
  new Promise((resolve, reject) => {
    let text = ''
    req.on('data', (chunk) => (text += chunk))
    req.on('end', () => resolve(text))
    req.on('error', reject)
  })

http
  .createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/counts') {
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM submissions) AS stored,
            (SELECT count(*) FROM submissions s WHERE EXISTS (SELECT 1 FROM jobs j WHERE j.input = json_object('id', s.id))) AS withJob,
            (SELECT confirmed FROM ledgers) AS confirmedSeats, (SELECT capacity FROM ledgers) AS capacity`,
        )
        .get()
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts))
    }
    try {
      const body = JSON.parse(String(await read(req)))
      if (!body || typeof body !== 'object' || typeof body.name !== 'string' || body.consent !== true)
        return res.writeHead(400).end('{}')
      const key = req.headers['idempotency-key']
      const kind = req.url?.endsWith('/bookings') ? 'booking' : 'interest'
      const answer = store(body, kind, typeof key === 'string' ? key.slice(0, 100) : undefined)
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    } catch {
      res.writeHead(500).end('{}')
    }
  })
  // A free port of the system's choosing: other benchmarks may run on this machine.
  .listen(0, '127.0.0.1', function () {
    console.log(`floor ready on ${/** @type {import('node:net').AddressInfo} */ (this.address()).port}`)
  })

if (options.jobs) {
  const pending = db.prepare('SELECT id, input FROM jobs WHERE done = 0 LIMIT 50')
  const send = db.prepare('INSERT INTO outbox (job, body) VALUES (?, ?)')
  const done = db.prepare('UPDATE jobs SET done = 1 WHERE id = ?')
  setInterval(() => {
    for (const job of pending.all())
      inTransaction(() => {
        send.run(job.id, `Ny anmälan ${job.input}`)
        done.run(job.id)
      })
  }, 1000)
}
