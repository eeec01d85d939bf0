/**
 * `npm run seed`: loads content/ into the CMS database. Safe to repeat; never overwrites edits.
 * `--if-empty` seeds only a database without pages (what `npm start` uses), so pages that staff
 * deleted on purpose do not come back on every start.
 */
import path from 'node:path'

import { openPayload } from './lib/payload'

const ifEmpty = process.argv.includes('--if-empty')

const payload = await openPayload()
const { isDemo, demoAdmin } = await import('../cms/config/mode')
const { loadSeedContent } = await import('../cms/seed/content')
const { seedPortal } = await import('../cms/seed/seedPortal')
const { ensureDemoAdmin, ensureDemoStaff } = await import('../cms/seed/demoAdmin')
const { projectRoot } = await import('../cms/config/paths')

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
}
if (isDemo()) {
  const staff = await ensureDemoStaff(payload, demoAdmin().password)
  if (staff) console.log(`seed: created ${staff} demo team accounts`)
}
await payload.destroy()
process.exit(0)
