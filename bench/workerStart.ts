/**
 * `npm run bench:worker-start`: how often the job worker's start stalls on a busy machine, and how
 * long a start takes. The built worker (what the server runs, cms/server/buildWorker.mjs) is
 * compared with the same worker loaded through `payload run` (tsx's loader hooks, what ran
 * before), each started BENCH_STARTS times (25) beside one busy loop more than there are cores.
 * A start that has not said it runs within 45 s counts as stalled: the loader deadlocked.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { WORKER_RUNNING, workerBundle } from '../cms/server/jobWorker.mjs'
import { buildCmsIfChanged, seedIfEmpty } from '../scripts/lib/cms'
import { root } from '../scripts/lib/tools'

const STALLED_AFTER_MS = 45_000
const starts = Number(process.env.BENCH_STARTS ?? 25)
const cmsDir = path.join(root, 'cms')
const env = {
  ...process.env,
  PORTAL_DEMO: '1',
  PORTAL_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-worker-')),
  DEMO_HISTORY: '0',
}

const ways = {
  'built (node .next/worker.mjs)': [workerBundle(cmsDir), []],
  'payload run worker.ts (tsx)': [path.join(root, 'node_modules', 'payload', 'bin.js'), ['run', 'worker.ts']],
} as const

/** Milliseconds until the worker said it runs, or null if it had not after STALLED_AFTER_MS. */
async function timeStart(script: string, args: readonly string[]): Promise<number | null> {
  const started = performance.now()
  const worker = fork(script, args, {
    cwd: cmsDir,
    env: { ...env, PAYLOAD_JOBS_AUTORUN: '1' },
    execArgv: ['--import', pathToFileURL(path.join(cmsDir, 'server', 'holdChannel.mjs')).href],
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  })
  const ran = await new Promise<boolean>((resolve) => {
    const stalled = setTimeout(() => resolve(false), STALLED_AFTER_MS)
    const settle = (outcome: boolean) => {
      clearTimeout(stalled)
      resolve(outcome)
    }
    worker.on('message', (message) => message === WORKER_RUNNING && settle(true))
    worker.once('exit', () => settle(false))
  })
  const elapsed = performance.now() - started
  await stop(worker)
  return ran ? elapsed : null
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGKILL')
  })
}

await buildCmsIfChanged(env, console.log)
await seedIfEmpty(env)
const busy = Array.from({ length: os.availableParallelism() + 1 }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
try {
  console.log(
    `\n${starts} starts each, beside ${busy.length} busy loops on ${os.availableParallelism()} cores:`,
  )
  console.log('| worker | stalled (no start in 45 s) | started: p50 / max |')
  console.log('|---|---|---|')
  for (const [name, [script, args]] of Object.entries(ways)) {
    const times: number[] = []
    let stalled = 0
    for (let i = 0; i < starts; i++) {
      const time = await timeStart(script, args)
      if (time === null) stalled += 1
      else times.push(time)
    }
    times.sort((a, b) => a - b)
    const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`)
    console.log(
      `| ${name} | ${stalled} of ${starts} | ${seconds(times[Math.floor(times.length / 2)])} / ${seconds(times.at(-1))} |`,
    )
  }
} finally {
  for (const loop of busy) loop.kill('SIGKILL')
}
