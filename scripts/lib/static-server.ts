import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import {
  HEADERS_FILE,
  type HeaderRule,
  headersFor,
  parseHeadersFile,
} from '../../src/integrations/headersFile'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** Maps a URL path to a file in the built site, the way static hosts do (`/x` → `/x/index.html`). */
export function resolveStaticFile(siteDir: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  const target = path.resolve(siteDir, `.${path.posix.normalize(decoded)}`)
  if (target !== siteDir && !target.startsWith(siteDir + path.sep)) return null
  // The host's configuration, not a page (static hosts never serve it either).
  if (target === path.join(siteDir, HEADERS_FILE)) return null
  for (const candidate of [target, path.join(target, 'index.html'), `${target}.html`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The `_headers` rules of one build, read once per build folder (a rebuild is a new folder). */
function headerRules(): (siteDir: string) => HeaderRule[] {
  let cached: { siteDir: string; rules: HeaderRule[] } | null = null
  return (siteDir) => {
    if (cached?.siteDir !== siteDir) {
      const file = path.join(siteDir, HEADERS_FILE)
      cached = { siteDir, rules: fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : [] }
    }
    return cached.rules
  }
}

/**
 * Serves the current build with the headers its `_headers` file sets, as a static host would.
 * The directory is read on every request, so a rebuild is swapped in by pointing `current()` at
 * the new folder: visitors never see a half-written site.
 */
export function serveStatic(current: () => string) {
  const rulesOf = headerRules()
  return http.createServer((req, res) => {
    const siteDir = current()
    const urlPath = (req.url ?? '/').split('?')[0]
    for (const [name, value] of Object.entries(headersFor(rulesOf(siteDir), urlPath)))
      res.setHeader(name, value)
    const file = resolveStaticFile(siteDir, req.url ?? '/')
    // Each language has its own "not found" page, as static hosts configure per path prefix.
    const english = (req.url ?? '').startsWith('/en/')
    const served = file ?? resolveStaticFile(siteDir, english ? '/en/404' : '/404')
    if (!served) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    res.writeHead(file ? 200 : 404, {
      'content-type': types[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    fs.createReadStream(served).pipe(res)
  })
}
