import type { z } from 'zod/mini'

import type { Locale } from '../i18n/locales'
import { lookup } from '../i18n/text'

export type FieldErrors = Record<string, string>

/**
 * Turns a failed parse into one message per field, first error first, finding each message with
 * `find` (a dotted text key in, text or undefined out). An issue without a known key (a tampered
 * request) gets a generic key-less label, never the value.
 */
export function fieldErrorsWith(error: z.core.$ZodError, find: (key: string) => string | undefined) {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    if (errors[field]) continue
    errors[field] = find(`errors.${issue.message}`) ?? find('errors.field.unknown') ?? ''
  }
  return errors
}

/** The field errors in the user's language, from the whole dictionary (the CMS's endpoints). */
export const fieldErrors = (error: z.core.$ZodError, locale: Locale): FieldErrors =>
  fieldErrorsWith(error, (key) => lookup(locale, key))

/** Field and key only, for logs: the value a person typed never leaves the request. */
export const errorKeys = (error: z.core.$ZodError) =>
  error.issues.map((issue) => `${String(issue.path[0] ?? 'form')}:${issue.message}`)
