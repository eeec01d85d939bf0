import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium'

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
