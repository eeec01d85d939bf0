import type { Client } from '@libsql/client'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { newReference } from '../../core/domain/reference'
import { createStaff, openTestPayload } from './helpers'

let payload: Payload
let applyRetention: typeof import('../../cms/jobs/retention').applyRetention
let queueEmail: typeof import('../../cms/mail/outbox').queueEmail
const ids: Record<string, string> = {}
const days = (n: number) => new Date(Date.now() + n * 86_400_000)
const client = () => (payload.db as unknown as { client: Client }).client

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  payload = await openTestPayload()
  // Imported after the test database is chosen: the data folder is read when the module loads.
  ;({ applyRetention } = await import('../../cms/jobs/retention'))
  ;({ queueEmail } = await import('../../cms/mail/outbox'))
  const municipality = await payload.create({
    collection: 'municipalities',
    data: { name: 'Raderby', code: '9996', slug: 'raderby' },
  })
  ids.municipality = String(municipality.id)
  const team = {
    name: 'Raderby mottagning',
    municipalities: [ids.municipality],
    forms: ['application'],
    notificationAddress: 'team@raderby.example.org',
  }
  ids.team = String((await payload.create({ collection: 'teams', data: team as never })).id)
})

/** Every byte SQLite keeps for the database: the file, its write-ahead log and the log's index. */
function databaseBytes(): Buffer {
  const file = (process.env.DATABASE_URI as string).replace(/^file:/, '')
  const read = (suffix: string) =>
    fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix) : Buffer.alloc(0)
  return Buffer.concat(['', '-wal', '-shm'].map(read))
}

describe('erasure in SQLite', () => {
  it('keeps secure_delete on every connection: the client’s own and each one a transaction uses', async () => {
    const setting = async (run: Pick<Client, 'execute'>) =>
      Number((await run.execute('PRAGMA secure_delete')).rows[0]?.secure_delete)
    expect(await setting(client())).toBe(1)
    const transaction = await client().transaction('write')
    expect(await setting(transaction)).toBe(1)
    await transaction.commit()
    expect(await setting(client())).toBe(1)
    expect(Number((await client().execute('PRAGMA busy_timeout')).rows[0]?.timeout)).toBe(5000)
  })

  it('leaves no trace of an anonymised application’s personal fields in the database file, its log or the log index', async () => {
    const marker = `RADERA-${randomUUID()}`
    // Closed now: retention anonymises it once the 30 days after closing have passed.
    const routing = {
      reference: newReference(),
      status: 'closed',
      municipality: ids.municipality,
      consentAt: new Date().toISOString(),
      routedTeams: [ids.team],
      central: false,
    }
    const answers = {
      applicant: 'self',
      service: 'contact-person',
      name: `Namn ${marker}`,
      phone: '08-123 456',
      callTime: 'any',
      message: `Meddelande ${marker}`,
    }
    await payload.create({ collection: 'applications', data: { ...routing, ...answers } as never })
    await payload.jobs.run({ allQueues: true, silent: true })
    expect(databaseBytes().includes(marker)).toBe(true)
    expect((await applyRetention(payload, days(31))).applications).toBe(1)
    expect(databaseBytes().includes(marker)).toBe(false)
  })
})

describe('the local mailbox', () => {
  const mailbox = () => path.join(process.env.PORTAL_DATA_DIR as string, 'mailbox')
  const filesOf = (id: string) =>
    fs.existsSync(mailbox()) ? fs.readdirSync(mailbox()).filter((file) => file.includes(id)) : []

  async function delivered(key: string) {
    const attachments = [
      { filename: 'kvall.ics', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') },
    ]
    await queueEmail(payload, {
      key,
      kind: 'booking-confirmed',
      to: 'volunteer@example.org',
      subject: 'Välkommen',
      text: 'Vi ses.',
      attachments,
    })
    await payload.jobs.run({ allQueues: true, silent: true })
    const [message] = (
      await payload.find({ collection: 'outbox', where: { key: { equals: key } }, depth: 0 })
    ).docs
    expect(message.status).toBe('delivered-locally')
    expect(filesOf(String(message.id))).toHaveLength(2)
    return String(message.id)
  }

  it('loses a message’s files when an admin deletes the message', async () => {
    const admin = await createStaff(payload, 'admin')
    const id = await delivered(`erasure-admin-${randomUUID()}`)
    await payload.delete({ collection: 'outbox', id, user: admin, overrideAccess: false })
    expect(filesOf(id)).toEqual([])
  })

  it('loses a message’s files when retention deletes the message', async () => {
    const id = await delivered(`erasure-retention-${randomUUID()}`)
    expect((await applyRetention(payload, days(29))).outbox).toBe(0)
    expect(filesOf(id)).toHaveLength(2)
    expect((await applyRetention(payload, days(31))).outbox).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'outbox', id, disableErrors: true })).toBeNull()
    expect(filesOf(id)).toEqual([])
  })
})
