import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium'
import { serveStatic } from '../scripts/lib/static-server'

/**
 * Lighthouse's default (mobile, simulated throttling) scores per category, 0–100, using Debian's
 * Chromium. One Chromium serves every URL.
 */
export async function lighthouseScores(urls: string[]): Promise<Map<string, Record<string, number>>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  })
  const scores = new Map<string, Record<string, number>>()
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' })
      const categories = result?.lhr.categories ?? {}
      scores.set(
        url,
        Object.fromEntries(
          Object.entries(categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)]),
        ),
      )
    }
  } finally {
    chrome.kill()
  }
  return scores
}

/** Serves the build on loopback and runs Lighthouse on each template's page. */
export async function lighthouseTable(outDir: string, templates: Record<string, string>, width = 18) {
  const server = serveStatic(() => outDir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`
  const urls = Object.values(templates).map((page) => base + page.replace(/index\.html$/, ''))
  const scores = await lighthouseScores(urls)
  server.close()
  console.log('  Lighthouse (mobile): performance / accessibility / best practices / SEO')
  Object.keys(templates).forEach((template, index) => {
    const score = scores.get(urls[index]) ?? {}
    const row = ['performance', 'accessibility', 'best-practices', 'seo'].map((key) =>
      String(score[key] ?? '–').padStart(3),
    )
    console.log(`  ${template.padEnd(width)} ${row.join(' / ')}`)
  })
}
