/**
 * `npm run seed`: loads content/ into the CMS database. Safe to repeat; never overwrites edits.
 * `--if-empty` seeds only a database without pages (what `npm start` uses), so pages that staff
 * deleted on purpose do not come back on every start; the site is then built by `npm start`.
 */
import path from 'node:path'

// Static imports: under `payload run`, a dynamic import after start-up can leave the process to
// exit silently with code 0 (tsx's loader on Node 22), and the seed would not have run.
import { demoAdmin, isDemo } from '../cms/config/mode'
import { projectRoot } from '../cms/config/paths'
import { queueRebuild } from '../cms/jobs/rebuildSite'
import { loadSeedContent } from '../cms/seed/content'
import { ensureDemoAdmin, ensureDemoStaff } from '../cms/seed/demoAdmin'
import { seedHistory } from '../cms/seed/history/seedHistory'
import { seedPortal } from '../cms/seed/seedPortal'
import { SEED_DONE } from './lib/seedMarker'
import { openPayload } from './lib/payload'

// `payload run` keeps only positional arguments, so `npm start` says it through the environment.
const ifEmpty = process.argv.includes('--if-empty') || process.env.SEED_IF_EMPTY === '1'

const payload = await openPayload()

if (isDemo() && (await ensureDemoAdmin(payload, demoAdmin()))) {
  console.log('seed: created the demo admin account')
}
const { totalDocs } = await payload.count({ collection: 'pages' })
if (ifEmpty && totalDocs > 0) {
  console.log(`seed: the database already has ${totalDocs} pages; nothing to do`)
} else {
  const report = await seedPortal(payload, loadSeedContent(path.join(projectRoot, 'content')))
  for (const [action, keys] of Object.entries(report)) {
    if (keys.length) console.log(`seed: ${action}: ${keys.join(', ')}`)
  }
  // `npm start` builds the site itself once the seed is done; a running site is rebuilt.
  if (!ifEmpty && (report.create.length || report.update.length)) await queueRebuild(payload)
}
if (isDemo()) {
  const staff = await ensureDemoStaff(payload, demoAdmin().password)
  if (staff) console.log(`seed: created ${staff} demo team accounts`)
  // A year of generated case history for the statistics; DEMO_HISTORY=0 leaves the demo empty of cases.
  if (process.env.DEMO_HISTORY !== '0') {
    const started = performance.now()
    const history = await seedHistory(payload)
    if (history)
      console.log(
        `seed: generated a year of demo history (${history.registrations} interest registrations, ${history.applications} applications, ${history.bookings} bookings, ${history.evenings} past evenings) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      )
  }
}
await payload.destroy()
console.log(SEED_DONE)
process.exit(0)
