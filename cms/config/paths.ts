import fs from 'node:fs'
import path from 'node:path'

/**
 * The repository root, found by walking up from the working directory.
 * `import.meta.url` points into `.next/` once Next has bundled the config, so it cannot be used.
 */
export function findProjectRoot(start: string = process.cwd()): string {
  // turbopackIgnore: these paths are read at run time; Next must not trace the whole repository.
  let dir = path.resolve(/*turbopackIgnore: true*/ start)
  for (;;) {
    if (fs.existsSync(path.join(dir, 'cms', 'payload.config.ts'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`Kontaktportalen: cannot find the project root above ${start}`)
    dir = parent
  }
}

export const projectRoot = findProjectRoot()

/** Where the embedded database, the demo secret and the built demo site live. */
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.PORTAL_DATA_DIR || path.join(projectRoot, '.data'),
)
