import path from 'node:path'

/** Which database adapter a `DATABASE_URI` selects. Pure, so it is tested without a server. */
export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

/**
 * Unset or `file:` → the embedded SQLite file (relative paths resolve against `dataDir`, since
 * libSQL would otherwise resolve them against whichever directory the process started in);
 * `mongodb://` or `mongodb+srv://` → MongoDB. Anything else is refused at start-up.
 */
export function selectDatabase(uri: string | undefined, dataDir: string): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const file = path.join(dataDir, 'portal.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (value.startsWith('file:')) {
    const raw = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    const file = path.isAbsolute(raw) ? raw : path.resolve(dataDir, raw)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  const scheme = value.split(':')[0]
  throw new Error(
    `DATABASE_URI has an unsupported scheme "${scheme}:". Use file:<path> for SQLite ` +
      'or mongodb:// / mongodb+srv:// for MongoDB, or leave it unset for the embedded database.',
  )
}
