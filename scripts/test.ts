/**
 * `npm test`: makes sure Debian's Chromium is there for the browser tests (installing it when
 * running as root with apt), runs the lint (import boundaries included) and the format check, then
 * every vitest project: unit, int and e2e.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { CHROMIUM } from './lib/chromium'
import { completion, runNode } from './lib/processes'
import { bin, root } from './lib/tools'

const installCommand = 'apt-get update && apt-get install -y chromium'

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return
  const isRoot = process.getuid?.() === 0
  const hasApt = fs.existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt) {
    console.error(
      `npm test needs Debian's Chromium at ${CHROMIUM} for the browser tests.\n` +
        `Install it with:  sudo sh -c '${installCommand}'\n(or set CHROMIUM_PATH to a Chromium binary)`,
    )
    process.exit(1)
  }
  console.log(`Chromium is missing; installing it: ${installCommand}`)
  execFileSync('sh', ['-c', installCommand], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

ensureChromium()
try {
  // A broken import boundary or an unformatted file fails the run before any test starts.
  await completion(runNode(bin.eslint, ['.'], { cwd: root, env: process.env }), 'eslint')
  await completion(runNode(bin.prettier, ['--check', '.'], { cwd: root, env: process.env }), 'prettier')
  await completion(
    runNode(
      bin.vitest,
      ['run', '--reporter=default', '--reporter=./tests/summary-reporter.ts', ...process.argv.slice(2)],
      {
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
      },
    ),
    'vitest',
  )
} catch {
  process.exit(1)
}
