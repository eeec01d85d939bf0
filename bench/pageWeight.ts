import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

/** Every module a script pulls in through static imports, so island chunks are counted too. */
function withImports(files: string[], seen = new Set<string>()): Set<string> {
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return
    seen.add(file)
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
      visit(path.resolve(path.dirname(file), m[1]))
  }
  files.forEach(visit)
  return seen
}

/** The modules scripts import on demand (`import("./x.js")`), as an island loads its form's schema. */
const dynamicImports = (files: Iterable<string>) =>
  [...files].flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/import\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)].map(
      (m) => path.resolve(path.dirname(file), m[1]),
    ),
  )

const sizes = (dir: string, files: Iterable<string>) =>
  [...files].map((file) => {
    const source = fs.readFileSync(file)
    return { name: path.relative(dir, file), bytes: source.length, gzip: gzipSync(source).length }
  })

/**
 * What a built page costs the browser: its HTML (CSS is inlined) gzipped, and every script it
 * loads (script tags, island components and renderers with their imports, inline scripts), both
 * as bytes and as the sum of each file gzipped on its own, as a server sends them; `later` is what
 * its islands import on demand (a form's schema, once a person starts filling it in).
 */
export function weigh(dir: string, page: string) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8')
  const urls = [...html.matchAll(/(?:<script[^>]*src|component-url|renderer-url)="([^"]+)"/g)].map((m) =>
    path.join(dir, m[1]),
  )
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  const eager = withImports(urls)
  // The renderer imports Preact's signals on demand only for an island given signals, which none is.
  const renderers = new Set([...html.matchAll(/renderer-url="([^"]+)"/g)].map((m) => path.join(dir, m[1])))
  const loaders = [...eager].filter((file) => !renderers.has(file))
  const later = [...withImports(dynamicImports(loaders), new Set(eager))].filter((file) => !eager.has(file))
  const scripts = [
    ...sizes(dir, eager),
    ...inline.map((source) => ({
      name: '(inline)',
      bytes: Buffer.byteLength(source),
      gzip: gzipSync(source).length,
    })),
  ]
  const sum = (files: { bytes: number; gzip: number }[], key: 'bytes' | 'gzip') =>
    files.reduce((total, file) => total + file[key], 0)
  const onDemand = sizes(dir, later)
  return {
    gzip: gzipSync(html).length,
    js: sum(scripts, 'bytes'),
    jsGzip: sum(scripts, 'gzip'),
    laterGzip: sum(onDemand, 'gzip'),
    scripts: [...scripts, ...onDemand.map((file) => ({ ...file, name: `${file.name} (on demand)` }))],
  }
}
