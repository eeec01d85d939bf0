import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(path.join(root, 'package.json'))

/** Entry points of the tools, run with this process's Node rather than whatever is on PATH. */
export const bin = {
  next: require.resolve('next/dist/bin/next'),
  astro: path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'),
  tsx: path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs'),
}
