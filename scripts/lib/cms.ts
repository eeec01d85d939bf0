import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

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
  fs.writeFileSync(stampFile, fingerprint)
}

/** The built CMS behind its own server, which knows each client's address (cms/server.mjs). */
export function startCms(env: NodeJS.ProcessEnv, host: string, port: number) {
  const child = runNode(path.join(cmsDir, 'server.mjs'), ['--hostname', host, '--port', String(port)], {
    env,
    cwd: root,
    quiet: true,
  })
  // Read and dropped: left unread, every log line of the server and its worker stays in memory.
  child.stdout?.resume()
  return child
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
