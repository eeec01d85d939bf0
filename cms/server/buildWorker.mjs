// @ts-check
/**
 * Builds the job worker (cms/worker.ts and the CMS code it imports) into one plain JavaScript file,
 * `cms/.next/worker.mjs`, which server/jobWorker.mjs starts with Node alone. Packages stay where
 * they are, for Node to load. Run after `next build` (which empties `.next/`): `npm run cms:build`.
 * Started through tsx's loader hooks (`payload run worker.ts`), the worker's loading deadlocked
 * inside lexical's modules in one start in three to eight on a busy 2-core machine: no job ran
 * until the supervisor gave up on it two minutes later.
 * Usage: node cms/server/buildWorker.mjs
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

import { workerBundle } from './jobWorker.mjs'

const cmsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

await build({
  entryPoints: [path.join(cmsDir, 'worker.ts')],
  outfile: workerBundle(cmsDir),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  tsconfig: path.join(cmsDir, 'tsconfig.json'),
  logLevel: 'warning',
})
