import { createHash } from 'node:crypto'

/** The inline code a built page carries, as CSP hash sources (`'sha256-…'`). */
export type InlineHashes = { scripts: string[]; styles: string[] }

// Attribute values may hold '>' inside quotes; raw-text elements end at the first closing tag.
const ATTRIBUTES = `((?:[^>"']|"[^"]*"|'[^']*')*)`
const INLINE = new RegExp(`<(script|style)\\b${ATTRIBUTES}>([\\s\\S]*?)</\\1\\s*>`, 'gi')

export const hashSource = (content: string): string =>
  `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`

/** Hashes of every inline `<script>` (one without `src`) and `<style>` in an HTML document. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [, tag, attributes, content] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === 'style') styles.add(hashSource(content))
    // The browser skips (and never checks) only a script whose text is exactly empty.
    else if (!/\ssrc\s*=/i.test(` ${attributes}`) && content !== '') scripts.add(hashSource(content))
  }
  return { scripts: [...scripts], styles: [...styles] }
}

/** An HTML attribute that CSP without 'unsafe-inline' blocks: a `style` attribute or an `on…` handler. */
export function inlineAttributes(html: string): string[] {
  const outsideRawText = html.replace(INLINE, '')
  return [...outsideRawText.matchAll(/<[a-z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*?\s(style|on[a-z]+)\s*=/gi)].map(
    (match) => match[1],
  )
}

export type CspInput = InlineHashes & {
  /** Origins the site talks to besides its own: the CMS (form posts, live seats, campaign images). */
  cmsOrigins: string[]
}

/**
 * The site's one Content-Security-Policy. Inline code runs only if its hash is listed, so no
 * 'unsafe-inline'; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search, never JS eval.
 */
export function contentSecurityPolicy({ scripts, styles, cmsOrigins }: CspInput): string {
  const cms = [...new Set(cmsOrigins)].sort()
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(scripts)].sort()],
    ['style-src', "'self'", ...[...new Set(styles)].sort()],
    ['img-src', "'self'", 'data:', ...cms],
    ['connect-src', "'self'", ...cms],
    ['form-action', "'self'", ...cms],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** Every response's security headers: the CSP plus what it cannot say. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Other sites learn only our origin; no-referrer would also turn a plain form post's Origin into `null`.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}

/** The origin of a configured URL (`https://cms.example.org/` → `https://cms.example.org`). */
export const originOf = (url: string): string => new URL(url).origin
