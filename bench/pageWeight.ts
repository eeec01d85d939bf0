import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

/** Every module a script pulls in through static imports, so island chunks are counted too. */
function withImports(files: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return
    seen.add(file)
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
      visit(path.resolve(path.dirname(file), m[1]))
  }
  files.forEach(visit)
  return seen
}

/**
 * What a built page costs the browser: its HTML (CSS is inlined) gzipped, and every script it
 * loads (script tags, island components and renderers with their imports, inline scripts), both
 * as bytes and as the sum of each file gzipped on its own, as a server sends them.
 */
export function weigh(dir: string, page: string) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8')
  const urls = [...html.matchAll(/(?:<script[^>]*src|component-url|renderer-url)="([^"]+)"/g)].map((m) =>
    path.join(dir, m[1]),
  )
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  const files = [...withImports(urls)].map((file) => ({
    name: path.relative(dir, file),
    source: fs.readFileSync(file),
  }))
  const scripts = [...files, ...inline.map((source) => ({ name: '(inline)', source: Buffer.from(source) }))]
  const sized = scripts.map(({ name, source }) => ({
    name,
    bytes: source.length,
    gzip: gzipSync(source).length,
  }))
  return {
    gzip: gzipSync(html).length,
    js: sized.reduce((sum, file) => sum + file.bytes, 0),
    jsGzip: sized.reduce((sum, file) => sum + file.gzip, 0),
    scripts: sized,
  }
}
