/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern at the start of a line, then
 * indented `Name: value` lines for it; `#` starts a comment. `*` matches anything, `:name` one
 * path segment. Every rule that matches a path applies; one header named twice is joined with ", ".
 */
export type HeaderRule = { pattern: string; headers: [string, string][] }

export const HEADERS_FILE = '_headers'

export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  const blocks = rules.map((rule) =>
    [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  )
  return `${comment.replace(/^/gm, '# ')}\n${blocks.join('\n\n')}\n`
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] })
      continue
    }
    const colon = trimmed.indexOf(':')
    const rule = rules.at(-1)
    if (!rule || colon < 1)
      throw new Error(`${HEADERS_FILE} line ${index + 1}: expected "Name: value" under a path`)
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()])
  }
  return rules
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

export function matchesPattern(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('')
  return new RegExp(`^${source}$`).test(urlPath)
}

/** The headers for one request path, names as the file spells them. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const merged = new Map<string, [string, string]>()
  for (const rule of rules.filter((candidate) => matchesPattern(candidate.pattern, urlPath))) {
    for (const [name, value] of rule.headers) {
      const existing = merged.get(name.toLowerCase())
      merged.set(name.toLowerCase(), existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value])
    }
  }
  return Object.fromEntries(merged.values())
}
