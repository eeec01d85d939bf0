import type { PayloadRequest } from 'payload'

import { formValues } from '../../src/forms/values'

export type SubmissionBody = { values: Record<string, unknown>; isJson: boolean }

/** JSON from the island, or a plain `application/x-www-form-urlencoded` post from a browser without it. */
export async function readBody(req: PayloadRequest): Promise<SubmissionBody | null> {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const values = (await req.json?.()) as unknown
      return values && typeof values === 'object' && !Array.isArray(values) ? { values: values as Record<string, unknown>, isJson: true } : null
    }
    if (type.includes('application/x-www-form-urlencoded')) {
      const text = req.text ? await req.text() : ''
      return { values: formValues(new URLSearchParams(text)), isJson: false }
    }
  } catch {
    return null
  }
  return null
}

/** The language the person used: the form says it; anything else falls back to Swedish. */
export const localeOf = (values: Record<string, unknown>): 'sv' | 'en' => (values.locale === 'en' ? 'en' : 'sv')

/** Bots fill every field and post at once; a person never sees the honeypot. */
export function looksLikeSpam(values: Record<string, unknown>, now: number, minFillMs: number): boolean {
  if (typeof values.website === 'string' && values.website.trim() !== '') return true
  const startedAt = Number(values.startedAt)
  return Number.isFinite(startedAt) && startedAt > 0 && now - startedAt < minFillMs
}
