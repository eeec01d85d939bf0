import fs from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type Page, chromium } from 'playwright-core'

import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium'

/** Debian's Chromium, headless, with the background services off (this machine has no network). */
export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`)
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page, or only on the parts matching `include`
 * (our own components inside a page we do not own all of); returns "rule: target" per violation.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's CSP rightly blocks an inline script it has no hash for.
  await page.evaluate(axeSource)
  const results = await page.evaluate(
    (selectors) =>
      // @ts-expect-error axe is injected above
      window.axe.run(selectors ? { include: selectors.map((selector) => [selector]) } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    include,
  )
  return (results as { violations: { id: string; nodes: { target: string[] }[] }[] }).violations.flatMap(
    (violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  )
}

/**
 * axe for a page opened with JavaScript off (where axe itself cannot run): the same HTML is
 * loaded into a scripted page and checked there.
 */
export async function axeViolationsOfHtml(browser: Browser, html: string): Promise<string[]> {
  const checker = await browser.newPage()
  await checker.setContent(html)
  const violations = await axeViolations(checker)
  await checker.close()
  return violations
}
