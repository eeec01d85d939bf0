import type { z } from 'zod/mini'

import type { Locale } from '../i18n/locales'
import { lookup, text } from '../i18n/text'

export type FieldErrors = Record<string, string>

/**
 * Turns a failed parse into one message per field in the user's language, first error first.
 * An issue without a known key (a tampered request) gets a generic key-less label, never the value.
 */
export function fieldErrors(error: z.core.$ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    if (errors[field]) continue
    errors[field] = lookup(locale, `errors.${issue.message}`) ?? text(locale, 'errors.field.unknown')
  }
  return errors
}

/** Field and key only, for logs: the value a person typed never leaves the request. */
export const errorKeys = (error: z.core.$ZodError) =>
  error.issues.map((issue) => `${String(issue.path[0] ?? 'form')}:${issue.message}`)
