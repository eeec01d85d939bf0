import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MIN_SECRET_LENGTH = 32

/**
 * The secret that signs sessions. Outside demo mode it must come from `PAYLOAD_SECRET`; a demo
 * keeps a generated one in the data folder so logins survive a restart.
 */
export function resolveSecret(options: { secret?: string; demo: boolean; dataDir: string }): string {
  const { secret, demo, dataDir } = options
  if (secret) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`PAYLOAD_SECRET is too short: use at least ${MIN_SECRET_LENGTH} characters.`)
    }
    return secret
  }
  if (!demo) {
    throw new Error(
      `PAYLOAD_SECRET is not set. Set it to a random string of at least ${MIN_SECRET_LENGTH} ` +
        'characters (for example: openssl rand -hex 32), or run the demo with npm start.',
    )
  }
  const file = path.join(dataDir, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const generated = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, generated, { mode: 0o600 })
  return generated
}
