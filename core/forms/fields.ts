import { z } from 'zod'

import type { ErrorKey } from '../i18n/text'

// Every form schema imports this module, so this runs before any schema is built. In the browser the
// site CSP forbids eval, and zod probing for it (`new Function`) is reported as a violation although
// zod catches it; the CMS keeps the faster JIT.
if (typeof document !== 'undefined') z.config({ jitless: true })

/** Zod building blocks shared by the forms. Each error is a message key, never text. */
const error = (key: ErrorKey) => ({ error: key })
/** A failed "required" stops the field's other checks, so the person sees one clear message. */
const required = (key: ErrorKey) => ({ error: key, abort: true })

/** HTML forms send everything as text and omit unticked boxes; JSON sends real types. */
export const asList = (value: unknown) =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]
export const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

export const name = z
  .string(error('name.required'))
  .trim()
  .min(1, required('name.required'))
  .max(100, error('name.tooLong'))

export const email = z
  .string(error('email.required'))
  .trim()
  .min(1, required('email.required'))
  .pipe(z.email(error('email.invalid')))

/** Swedish or international numbers: digits with spaces, hyphens, parentheses, an optional +. */
export const phone = z
  .string(error('phone.required'))
  .trim()
  .min(1, required('phone.required'))
  .regex(/^\+?[\d\s\-()]{6,20}$/, error('phone.invalid'))
  .refine((value) => value.replace(/\D/g, '').length >= 6, error('phone.invalid'))

export const municipality = z
  .string(error('municipality.required'))
  .trim()
  .min(1, required('municipality.required'))

export const district = z.preprocess(emptyAsUndefined, z.string().trim().max(60).optional())

/** A ticked box arrives as "on" (HTML) or true (JSON). */
export const consent = z.preprocess(
  (value) => value === 'on' || value === 'true' || value === true,
  z.literal(true, error('consent.required')),
)

/** A whole number from a text box or JSON, from `min` to `max`; anything else fails with the one key. */
export const wholeNumber = (min: number, max: number, key: ErrorKey) =>
  z.coerce.number(error(key)).int(error(key)).min(min, error(key)).max(max, error(key))

export const freeText = (max: number, key: ErrorKey) =>
  z.preprocess(emptyAsUndefined, z.string().trim().max(max, error(key)).optional())
