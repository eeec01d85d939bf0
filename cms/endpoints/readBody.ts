import type { PayloadRequest } from 'payload'

import { formValues } from '../../core/forms/values'

export type SubmissionBody = { values: Record<string, unknown>; isJson: boolean }

/** No form of ours comes near this; anything larger is refused before it is read whole. */
export const MAX_BODY_BYTES = 64 * 1024

/** The body as text, or 'too-large' as soon as the declared length or the bytes read pass the limit. */
export async function readLimitedText(
  req: Pick<PayloadRequest, 'headers' | 'body'>,
  limit = MAX_BODY_BYTES,
): Promise<string | 'too-large'> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return 'too-large'
  if (!req.body) return ''
  const reader = (req.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(chunk.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** JSON from the island, or a plain `application/x-www-form-urlencoded` post from a browser without it. */
export async function readBody(req: PayloadRequest): Promise<SubmissionBody | 'too-large' | null> {
  const type = req.headers.get('content-type') ?? ''
  const isJson = type.includes('application/json')
  if (!isJson && !type.includes('application/x-www-form-urlencoded')) return null
  try {
    const text = await readLimitedText(req)
    if (text === 'too-large') return text
    if (!isJson) return { values: formValues(new URLSearchParams(text)), isJson: false }
    const values = JSON.parse(text) as unknown
    return values && typeof values === 'object' && !Array.isArray(values)
      ? { values: values as Record<string, unknown>, isJson: true }
      : null
  } catch {
    return null
  }
}

/** The language the person used: the form says it; anything else falls back to Swedish. */
export const localeOf = (values: Record<string, unknown>): 'sv' | 'en' =>
  values.locale === 'en' ? 'en' : 'sv'

/**
 * Bots fill every field and post at once; a person never sees the honeypot and needs a while to
 * fill in a form. Every form carries the time it was shown, so a post without it is a bot's.
 */
export function looksLikeSpam(values: Record<string, unknown>, now: number, minFillMs: number): boolean {
  if (typeof values.website === 'string' && values.website.trim() !== '') return true
  const startedAt = Number(values.startedAt)
  return !(Number.isFinite(startedAt) && startedAt > 0 && now - startedAt >= minFillMs)
}
