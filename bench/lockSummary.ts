/** Sums up what bench/lockTrace.mjs recorded in a folder: per process role, each kind of write-lock hold and wait. */
import fs from 'node:fs'
import path from 'node:path'

type Event = [at: number, kind: string, ms: number, what: string]

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** Lines of a table: role, kind (autocommitted writes per table), count, total, p50, p99 and max in ms. */
export function lockSummary(folder: string): string[] {
  const groups = new Map<string, number[]>()
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl'))) {
    const [first, ...rest] = fs.readFileSync(path.join(folder, file), 'utf8').trim().split('\n')
    const { role } = JSON.parse(first) as { role: string }
    for (const line of rest) {
      if (line.startsWith('{')) continue
      const [, kind, ms, what] = JSON.parse(line) as Event
      const key = `${role} | ${kind === 'autocommit' ? `autocommit ${what}` : kind}`
      groups.set(key, [...(groups.get(key) ?? []), ms])
    }
  }
  const ms = (value: number) => value.toFixed(2)
  return [
    '| process | lock | count | total ms | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|---|',
    ...[...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, values]) => {
        const sorted = values.sort((a, b) => a - b)
        const total = sorted.reduce((sum, value) => sum + value, 0)
        return `| ${key} | ${sorted.length} | ${ms(total)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? 0)} |`
      }),
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(lockSummary(process.argv[2]).join('\n'))
