/** The bare floor (bench/floor.mjs) beside the portal: started, measured and printed the same way. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runNode } from '../scripts/lib/processes'
import { post } from './load'

type Posted = Awaited<ReturnType<typeof post>>
export type Run = { steady: Posted; burst: Posted; cpuMsPerPost: number; webCpuMsPerPost: number }

/** Each process's group and CPU seconds used so far (Linux /proc; none elsewhere). */
function processTimes(): { pid: number; group: number; seconds: number }[] {
  if (!fs.existsSync('/proc')) return []
  return fs.readdirSync('/proc').flatMap((name) => {
    try {
      const fields = fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')
      return [
        {
          pid: Number(name),
          group: Number(fields[2]),
          seconds: (Number(fields[11]) + Number(fields[12])) / 100,
        },
      ]
    } catch {
      return []
    }
  })
}

/**
 * CPU seconds a server has used: `web`, the process itself; `all`, with the others of its group
 * (the CMS's job worker). CPU per post holds still on a busy shared machine, where latency and
 * throughput mostly measure the neighbours.
 */
export function cpuSeconds(pid: number | undefined): { web: number; all: number } {
  const times = processTimes()
  const sum = (list: typeof times) => list.reduce((total, time) => total + time.seconds, 0)
  return {
    web: sum(times.filter((time) => time.pid === pid)),
    all: sum(times.filter((time) => time.group === pid)),
  }
}

/** Starts the floor server on a fresh database; `jobs` runs its job runner as well. */
export async function startFloor(jobs: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-floor-'))
  const args = ['--db', path.join(dir, 'floor.db'), ...(jobs ? ['--jobs'] : [])]
  const child = runNode(path.join(import.meta.dirname, 'floor.mjs'), args, { env: process.env, quiet: true })
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /floor ready on (\d+)/.exec(String(chunk))
      if (ready) resolve(ready[1])
    })
    child.once('exit', (code) => reject(new Error(`the floor stopped (exit code ${code})`)))
  })
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    pid: child.pid,
    counts: async () =>
      (await (await fetch(`${url}/counts`)).json()) as {
        stored: number
        withJob: number
        confirmedSeats: number
        capacity: number
      },
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    },
  }
}

/**
 * The same load on either side: a warm-up, a steady 100/s, then a burst from `clients` clients;
 * with the server's CPU time per post over both.
 */
export async function measure(
  url: string,
  body: (i: number) => unknown,
  burstSize: number,
  pid: number | undefined,
  clients = 64,
) {
  await post(url, body, 50, 4)
  const cpuBefore = cpuSeconds(pid)
  const steady = await post(url, body, 1000, 8, 100)
  const burst = await post(url, body, burstSize, clients)
  const cpuAfter = cpuSeconds(pid)
  const perPost = (seconds: number) => (seconds * 1000) / (1000 + burstSize)
  return {
    steady,
    burst,
    cpuMsPerPost: perPost(cpuAfter.all - cpuBefore.all),
    webCpuMsPerPost: perPost(cpuAfter.web - cpuBefore.web),
    acknowledged: 50 + steady.acknowledged + burst.acknowledged,
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`
const rate = (posted: Posted) => posted.acknowledged / posted.seconds

/** Floor and portal side by side, with the portal's share of the floor (p99: how many times slower). */
export function printSideBySide(title: string, floor: Run, portal: Run) {
  const rows = [
    ['steady 100/s: rate', `${rate(floor.steady).toFixed(0)}/s`, `${rate(portal.steady).toFixed(0)}/s`, ''],
    ['steady 100/s: p50', ms(floor.steady.p50), ms(portal.steady.p50), ''],
    [
      'steady 100/s: p99',
      ms(floor.steady.p99),
      ms(portal.steady.p99),
      `${(portal.steady.p99 / floor.steady.p99).toFixed(1)}× floor (goal ≤ 50 ms)`,
    ],
    [
      'burst: throughput',
      `${rate(floor.burst).toFixed(0)}/s`,
      `${rate(portal.burst).toFixed(0)}/s`,
      `${(rate(portal.burst) / rate(floor.burst)).toFixed(2)} of floor (goal ≥ 0.25)`,
    ],
    ['burst: p50', ms(floor.burst.p50), ms(portal.burst.p50), ''],
    ['burst: p99', ms(floor.burst.p99), ms(portal.burst.p99), ''],
    ['web process CPU per post', ms(floor.webCpuMsPerPost), ms(portal.webCpuMsPerPost), ''],
    [
      'server CPU per post (with its job worker)',
      ms(floor.cpuMsPerPost),
      ms(portal.cpuMsPerPost),
      `${(portal.cpuMsPerPost / floor.cpuMsPerPost).toFixed(1)}× floor`,
    ],
  ]
  console.log(`\n${title}\n| | floor | portal | portal vs floor |\n|---|---|---|---|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}
