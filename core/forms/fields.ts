import * as z from 'zod/mini'

import type { ErrorKey } from '../i18n/text'

// Every form schema imports this module, so this runs before any schema is built. In the browser the
// site CSP forbids eval, and zod probing for it (`new Function`) is reported as a violation although
// zod catches it; the CMS keeps the faster JIT.
if (typeof document !== 'undefined') z.config({ jitless: true })

/**
 * Zod building blocks shared by the forms, in zod's tree-shakable `zod/mini` API so the browser's
 * form island stays small. Each error is a message key, never text.
 */
const error = (key: ErrorKey) => ({ error: key })
/** A failed "required" stops the field's other checks, so the person sees one clear message. */
const required = (key: ErrorKey) => ({ error: key, abort: true })

/** HTML forms send everything as text and omit unticked boxes; JSON sends real types. */
export const asList = (value: unknown) =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]
export const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

/**
 * Classic zod's `preprocess`: the value is changed first, then `schema` checks what it became. The
 * changed value is unknown until `schema` has checked it, which zod/mini's `pipe` types cannot say.
 */
export const preprocess = <T extends z.ZodMiniType>(change: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(change), schema as z.core.$ZodType) as z.ZodMiniPipe<z.ZodMiniTransform<unknown>, T>

/** A field that may be left empty: an empty answer is no answer. */
export const mayBeEmpty = <T extends z.ZodMiniType>(schema: T) =>
  preprocess(emptyAsUndefined, z.optional(schema))

export const name = z
  .string(error('name.required'))
  .check(z.trim(), z.minLength(1, required('name.required')), z.maxLength(100, error('name.tooLong')))

export const email = z.pipe(
  z.string(error('email.required')).check(z.trim(), z.minLength(1, required('email.required'))),
  z.email(error('email.invalid')),
)

/** Swedish or international numbers: digits with spaces, hyphens, parentheses, an optional +. */
const PHONE = /^\+?[\d\s\-()]{6,20}$/

export const phone = z.string(error('phone.required')).check(
  z.trim(),
  z.minLength(1, required('phone.required')),
  z.regex(PHONE, error('phone.invalid')),
  z.refine((value: string) => value.replace(/\D/g, '').length >= 6, error('phone.invalid')),
)

/** A phone number that may be left out (the booking form's). */
export const optionalPhone = mayBeEmpty(z.string().check(z.trim(), z.regex(PHONE, error('phone.invalid'))))

export const municipality = z
  .string(error('municipality.required'))
  .check(z.trim(), z.minLength(1, required('municipality.required')))

export const district = mayBeEmpty(z.string().check(z.trim(), z.maxLength(60)))

/** A ticked box arrives as "on" (HTML) or true (JSON). */
export const ticked = (value: unknown) => value === 'on' || value === 'true' || value === true
export const consent = preprocess(ticked, z.literal(true, error('consent.required')))

/** A whole number from a text box or JSON, from `min` to `max`; anything else fails with the one key. */
export const wholeNumber = (min: number, max: number, key: ErrorKey) =>
  z.coerce.number(error(key)).check(z.int(error(key)), z.gte(min, error(key)), z.lte(max, error(key)))

export const freeText = (max: number, key: ErrorKey) =>
  mayBeEmpty(z.string().check(z.trim(), z.maxLength(max, error(key))))
