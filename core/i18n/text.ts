import type { Dictionary } from './dictionaries/schema'
import { type Locale, dictionaryOf, everyLocale } from './locales'
import { type Values, fill, lookupIn } from './lookup'

export { fill, type Values }

/** The dotted path of every text in a dictionary: 'site.home', 'mail.booking.leads.confirmed'. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/**
 * Code names a text by its whole key as a string literal (or a template literal over a group,
 * `mail.booking.subjects.${kind}`), so the dictionaries test can find every key in use.
 */
export type TextKey = Paths<Dictionary>
/** A form schema's error key, relative to `errors.` (it travels in zod issues and log lines). */
export type ErrorKey = Paths<Dictionary['errors']>

/** The text at a dotted path, or undefined when there is none (a key from outside, like a zod issue). */
export const lookup = (locale: Locale, path: string): string | undefined =>
  lookupIn(dictionaryOf(locale), path)

/** One text in one language, its placeholders filled. */
export const text = (locale: Locale, key: TextKey, values?: Values): string =>
  fill(lookup(locale, key) as string, values)

/** `const t = translator(locale)`, then `t('site.home')`: the usual way a view reads its texts. */
export const translator = (locale: Locale) => (key: TextKey, values?: Values) => text(locale, key, values)

/** One text in every language: the `{ sv, en }` object Payload takes for labels, descriptions and options. */
export const label = (key: TextKey): Record<Locale, string> => everyLocale((locale) => text(locale, key))
