/**
 * `npm run bench:forms`: a public form's posts per second and latency through HTTP, the bare floor
 * (bench/floor.mjs) and the real CMS on a throwaway SQLite database in the same run with the same
 * client: a steady 100/s, then a burst from 64 clients; with the job runner off, then on (a real
 * server also sends). Checks that nothing was lost: every acknowledged post is stored, each with its
 * notification job. BENCH_FORM=application posts the application instead of the interest form.
 */
import path from 'node:path'

import { createClient } from '@libsql/client'

import { stopAll } from '../scripts/lib/processes'
import { type Run, measure, printSideBySide, startFloor } from './floor'
import { startBenchCms } from './load'

const form = process.env.BENCH_FORM === 'application' ? 'application' : 'interest'
const collection = form === 'application' ? 'applications' : 'interest-registrations'
const burstSize = Number(process.env.BENCH_BURST ?? 3000)
/** BENCH_JOBS=off or on runs one of the two. */
const runnerSettings = [false, true].filter((on) => process.env.BENCH_JOBS !== (on ? 'off' : 'on'))

const body = (municipality: string | undefined) => (i: number) => ({
  ...(form === 'application'
    ? { applicant: 'guardian', forWhom: 'child', service: 'contact-family', callTime: 'any' }
    : {
        services: i % 3 ? ['contact-person'] : ['contact-family', 'lss-short-break-family'],
        adults: 2,
      }),
  municipality,
  district: i % 2 ? 'sodermalm' : undefined,
  name: `Bench ${i}`,
  email: `bench${i}@example.org`,
  phone: '070-123 45 67',
  consent: true,
})

/**
 * The portal's own count, and how many stored submissions have neither a notification job nor
 * the e-mails it writes (a finished job may be gone; its outbox rows are keyed by the reference).
 */
async function portalCounts(dataDir: string) {
  const db = createClient({ url: `file:${path.join(dataDir, 'portal.db')}` })
  const table = collection.replace('-', '_')
  const { rows } = await db.execute(
    `SELECT (SELECT count(*) FROM ${table}) AS stored,
       (SELECT count(*) FROM ${table} s WHERE NOT EXISTS (SELECT 1 FROM payload_jobs j
         WHERE j.task_slug = 'notifySubmission' AND json_extract(j.input, '$.id') = s.id)
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.key >= s.reference || ':' AND o.key < s.reference || ';')
       ) AS withoutJob`,
  )
  db.close()
  return { stored: Number(rows[0].stored), withoutJob: Number(rows[0].withoutJob) }
}

const verdict = (ok: boolean) => (ok ? 'equal' : 'NOT EQUAL')

try {
  let dataDir = ''
  for (const jobs of runnerSettings) {
    const floor = await startFloor(jobs)
    const floorRun = await measure(`${floor.url}/forms/${form}`, body('m'), burstSize, floor.pid)
    const floorCounts = await floor.counts()
    floor.stop()

    const portal = await startBenchCms('forms', { runJobs: jobs, dataDir })
    dataDir = portal.dataDir
    const municipalities = (await (
      await fetch(`${portal.cms}/api/municipalities?depth=0&pagination=false`)
    ).json()) as { docs: { id: string; slug: string }[] }
    const stockholm = municipalities.docs.find((m) => m.slug === 'stockholm')?.id
    const before = await portalCounts(dataDir)
    const portalRun: Run & { acknowledged: number } = await measure(
      `${portal.cms}/api/forms/${form}`,
      body(stockholm),
      burstSize,
      portal.pid,
    )
    await portal.stop()
    const after = await portalCounts(dataDir)

    printSideBySide(
      `${form} posts, job runner ${jobs ? 'on' : 'off'} (burst of ${burstSize})`,
      floorRun,
      portalRun,
    )
    const stored = after.stored - before.stored
    console.log(
      `floor: acknowledged ${floorRun.acknowledged}, stored ${floorCounts.stored} (${verdict(floorRun.acknowledged === floorCounts.stored)}), with a job ${floorCounts.withJob}\n` +
        `portal: acknowledged ${portalRun.acknowledged}, stored ${stored} (${verdict(portalRun.acknowledged === stored)}), with neither a notification job nor its e-mails ${after.withoutJob}`,
    )
  }
} finally {
  stopAll()
}
process.exit(0)
