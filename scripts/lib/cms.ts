import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import type { Readable } from 'node:stream'
import { stripVTControlCharacters } from 'node:util'

import { WORKER_RUNNING } from '../../cms/server/jobWorker.mjs'

import { completion, runNode } from './processes'
import { SEED_DONE } from './seedMarker'
import { bin, root } from './tools'

const cmsDir = path.join(root, 'cms')
const stampFile = path.join(cmsDir, '.next', 'kontaktportalen-build-stamp')

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(full)
    else yield full
  }
}

/** A fingerprint of everything the admin build depends on (cms/ and the core/ it builds on), so an unchanged CMS is not rebuilt. */
function cmsFingerprint(): string {
  const hash = createHash('sha256')
  for (const file of [
    ...sourceFiles(cmsDir),
    ...sourceFiles(path.join(root, 'core')),
    path.join(root, 'package-lock.json'),
  ].sort()) {
    hash.update(file).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

export async function buildCmsIfChanged(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const fingerprint = cmsFingerprint()
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint) {
    log('CMS: build is up to date')
    return
  }
  log('CMS: building the admin (first run or after a change; about a minute on 2 cores)…')
  await completion(runNode(bin.next, ['build', 'cms'], { env, cwd: root, quiet: true }), 'next build cms')
  await completion(
    runNode(path.join(cmsDir, 'server', 'buildWorker.mjs'), [], { env, cwd: root }),
    'building the job worker',
  )
  fs.writeFileSync(stampFile, fingerprint)
}

/** A log line of Payload's at warning level or above, as its logger prints it ("[12:05:17] ERROR: …"). */
const WARNING = /^\[[\d:.]+\] (WARN|ERROR|FATAL)\b/

/**
 * The built CMS behind its own server, which knows each client's address (cms/server.mjs).
 * Its warnings and errors, and its job worker's, are passed on to this terminal; the rest of its
 * log is read and dropped (left unread, every line would stay in memory). `workerRunning`
 * resolves once the job worker says it runs its queues, and fails if the CMS stops first.
 */
export function startCms(env: NodeJS.ProcessEnv, host: string, port: number) {
  const child = runNode(path.join(cmsDir, 'server.mjs'), ['--hostname', host, '--port', String(port)], {
    env,
    cwd: root,
    quiet: true,
  })
  const workerRunning = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout as Readable }).on('line', (line) => {
      const plain = stripVTControlCharacters(line)
      if (plain.includes(WORKER_RUNNING)) resolve()
      if (WARNING.test(plain)) process.stderr.write(`${line}\n`)
    })
    child.once('exit', () => reject(new Error('the CMS stopped before its job worker ran')))
  })
  // Awaited only where jobs run; a CMS stopped on purpose leaves it rejected and unread.
  workerRunning.catch(() => undefined)
  return { child, workerRunning }
}

/** Waits until the REST API answers; the first request also starts Payload (and its job runner). */
export async function waitForCms(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/globals/site-settings`)
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS at ${url} did not answer within ${timeoutMs / 1000} s (${last})`)
}

/**
 * Seeds the database unless it already has pages, and checks that the seed really ran to its
 * last line: on Node 22 a `payload run` script can, rarely, exit 0 before it has done anything,
 * so a run without the marker is tried again (the seed is idempotent).
 */
export async function seedIfEmpty(env: NodeJS.ProcessEnv, attempts = 3): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const child = runNode(bin.payload, ['run', '../scripts/seed.ts'], {
      env: { ...env, SEED_IF_EMPTY: '1' },
      cwd: path.join(root, 'cms'),
      quiet: true,
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    const drained = new Promise((resolve) => child.stdout?.once('end', resolve))
    await completion(child, 'seed')
    await drained
    if (output.includes(SEED_DONE)) return
  }
  throw new Error(`the seed stopped before its end ${attempts} times`)
}
