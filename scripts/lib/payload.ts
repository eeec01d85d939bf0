import type { Payload } from 'payload'

/**
 * Opens the Local API for a command-line script. Jobs are left to the running server: a script
 * that started the job runner would never exit.
 */
export async function openPayload(): Promise<Payload> {
  process.env.PAYLOAD_JOBS_AUTORUN = '0'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  return getPayload({ config })
}
