/**
 * `npm run bench:js`: the JavaScript each form and evening page makes the browser download, gzipped
 * file by file as a server sends them, beside the 75 kB budget: on load, and with the form's schema
 * the island imports once a person starts filling in the form. Then Lighthouse (mobile) on them.
 * Builds the site against the benchmark's fake CMS (one evening, one campaign), so no CMS is needed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildSite } from '../scripts/lib/site'
import { startFakeCms } from './fakeCms'
import { lighthouseTable } from './lighthouse'
import { kb, weigh } from './pageWeight'

const BUDGET = 75 * 1024

const pages = {
  'interest form': 'intresseanmalan/index.html',
  'interest form (en)': 'en/register-interest/index.html',
  'application form': 'ansok/index.html',
  'campaign form': 'intresseanmalan/kampanj/kampanj-0/index.html',
  'evening page': 'informationskvallar/kvall-0/index.html',
  'evening page (en)': 'en/information-evenings/kvall-0/index.html',
}

const fake = await startFakeCms(3, 1, true)
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-js-'))
try {
  await buildSite(fake.url, outDir)
  console.log(`JavaScript per page, gzipped file by file (budget ${kb(BUDGET)} in all)`)
  console.log(`  ${''.padEnd(20)} ${'on load'.padStart(8)}   ${'+ schema, once filling in'.padStart(26)}`)
  const scripts = new Map<string, number>()
  for (const [label, page] of Object.entries(pages)) {
    const weight = weigh(outDir, page)
    weight.scripts.forEach((script) => scripts.set(script.name, script.gzip))
    const all = weight.jsGzip + weight.laterGzip
    const verdict = (bytes: number) => (bytes <= BUDGET ? 'within' : 'OVER')
    console.log(
      `  ${label.padEnd(20)} ${kb(weight.jsGzip).padStart(8)} ${verdict(weight.jsGzip).padEnd(6)}   ${kb(all).padStart(8)} ${verdict(all)}`,
    )
  }
  console.log('Scripts these pages load, gzipped, largest first')
  for (const [name, gzip] of [...scripts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kb(gzip).padStart(8)}  ${name}`)
  if (process.env.BENCH_LIGHTHOUSE !== '0') await lighthouseTable(outDir, pages, 20)
} finally {
  fake.close()
  fs.rmSync(outDir, { recursive: true, force: true })
}
process.exit(0)
