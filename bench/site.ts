/**
 * `npm run bench:site`: build time, output size and per-template weight of the static site, for
 * the seeded demo (real CMS, seeded throwaway database) and a generated large site (fake CMS).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildCmsIfChanged, seedIfEmpty, startCms, waitForCms } from '../scripts/lib/cms'
import { stopAll } from '../scripts/lib/processes'
import { buildSite } from '../scripts/lib/site'
import { startFakeCms } from './fakeCms'
import { lighthouseTable } from './lighthouse'
import { kb, weigh } from './pageWeight'

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
}

function dirSize(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = fs.statSync(path.join(dir, file))
    return stat.isFile() ? sum + stat.size : sum
  }, 0)
}

async function measure(label: string, cmsUrl: string, templates: Record<string, string>, lighthouse = false) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-site-'))
  const started = performance.now()
  await buildSite(cmsUrl, outDir)
  const seconds = (performance.now() - started) / 1000
  const pages = htmlFiles(outDir).length
  console.log(
    `\n${label}: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(0)} pages/s), output ${kb(dirSize(outDir))}`,
  )
  for (const [template, page] of Object.entries(templates)) {
    if (!fs.existsSync(path.join(outDir, page))) continue
    const { gzip, js, jsGzip } = weigh(outDir, page)
    console.log(
      `  ${template.padEnd(18)} HTML+CSS ${kb(gzip).padStart(8)} gzip   JS ${kb(js).padStart(8)} (${kb(jsGzip)} gzip)`,
    )
  }
  if (lighthouse && process.env.BENCH_LIGHTHOUSE !== '0') await lighthouseTable(outDir, templates)
  fs.rmSync(outDir, { recursive: true, force: true })
}

const seededTemplates = {
  home: 'index.html',
  'content page': 'kontaktfamilj/index.html',
  'easy-read page': 'lattlast/kontaktfamilj/index.html',
  municipality: 'kommun/stockholm/index.html',
  'evening list': 'informationskvallar/index.html',
  campaign: 'kampanj/en-helg-i-manaden/index.html',
  search: 'sok/index.html',
  'interest form': 'intresseanmalan/index.html',
  'application form': 'ansok/index.html',
  '404': '404.html',
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-data-'))
const env = { ...process.env, PORTAL_DEMO: '1', PORTAL_DATA_DIR: dataDir, PAYLOAD_JOBS_AUTORUN: '0' }
try {
  await buildCmsIfChanged(env, console.log)
  await seedIfEmpty(env)
  const port = 3100 + Math.floor(Math.random() * 800)
  startCms(env, '127.0.0.1', port)
  await waitForCms(`http://localhost:${port}`)
  await measure('seeded demo site', `http://localhost:${port}`, seededTemplates, true)
  stopAll()
  const municipalities = Number(process.env.BENCH_MUNICIPALITIES ?? 290)
  const fake = await startFakeCms(municipalities, 15)
  await measure(`large site (${municipalities} municipalities × 15 pages × 2 languages)`, fake.url, {
    'content page': 'kommun-0-sida-0-sv/index.html',
    municipality: 'kommun/kommun-0/index.html',
  })
  fake.close()
} finally {
  stopAll()
}
process.exit(0)
