import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { cmsPublicUrl, cmsUrl } from '../data/client'
import { contentSecurityPolicy, inlineAttributes, inlineHashes, originOf, securityHeaders } from './csp'
import { HEADERS_FILE, formatHeadersFile } from './headersFile'

// Cloudflare Pages refuses a longer line in `_headers` (CloudFront's CSP limit is a little lower).
const LONGEST_HEADER_LINE = 2000

/**
 * Writes `<outDir>/_headers` after every build: one CSP for the whole site that allows exactly the
 * inline scripts and styles the build emitted (by hash), plus the other security headers. Static
 * hosts that read `_headers` apply it as is; the demo server does the same.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'kontaktportalen-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const scripts = new Set<string>()
        const styles = new Set<string>()
        const blocked: string[] = []
        for (const file of fs.globSync('**/*.html', { cwd: site })) {
          const html = fs.readFileSync(path.join(site, file), 'utf8')
          const hashes = inlineHashes(html)
          hashes.scripts.forEach((hash) => scripts.add(hash))
          hashes.styles.forEach((hash) => styles.add(hash))
          blocked.push(...inlineAttributes(html).map((attribute) => `${file} (${attribute}="…")`))
        }
        // Hashes cannot allow attributes; the browser will refuse these and report each one.
        if (blocked.length)
          logger.warn(
            `the CSP blocks ${blocked.length} inline attributes, first: ${blocked.slice(0, 5).join(', ')}`,
          )
        const csp = contentSecurityPolicy({
          scripts: [...scripts],
          styles: [...styles],
          // Campaign images are addressed through CMS_URL, forms and seat counts through the public URL.
          cmsOrigins: [originOf(cmsPublicUrl()), originOf(cmsUrl())],
        })
        if (csp.length + 'Content-Security-Policy: '.length > LONGEST_HEADER_LINE) {
          logger.warn(
            `the CSP is ${csp.length} characters; some static hosts refuse header lines over ${LONGEST_HEADER_LINE}`,
          )
        }
        const headers = Object.entries(securityHeaders(csp))
        const comment =
          'Written by astro build (src/integrations/securityHeaders.ts): hashes of the inline code of this build.'
        fs.writeFileSync(
          path.join(site, HEADERS_FILE),
          formatHeadersFile([{ pattern: '/*', headers }], comment),
        )
        logger.info(
          `${HEADERS_FILE}: CSP allows ${scripts.size} inline scripts and ${styles.size} inline styles by hash`,
        )
      },
    },
  }
}
