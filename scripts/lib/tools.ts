import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(path.join(root, 'package.json'))

/** Entry points of the tools, run with this process's Node rather than whatever is on PATH. */
export const bin = {
  next: require.resolve('next/dist/bin/next'),
  vitest: path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  eslint: path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
  prettier: path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
  astro: path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'),
  // Payload's CLI, not tsx directly: on Node 22.23 tsx's synchronous loader hooks can deadlock
  // while Payload's config loads; Payload's CLI switches tsx to its asynchronous hooks.
  payload: path.join(root, 'node_modules', 'payload', 'bin.js'),
}
