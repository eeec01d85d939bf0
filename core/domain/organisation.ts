import type { Locale } from '../i18n/locales'
import { label } from '../i18n/text'

/**
 * A label table: each key with its label in every language (from the dictionaries' domain.*). Marked
 * free of side effects so a browser bundle that needs only the keys (a form schema) leaves the
 * dictionaries out.
 */
export const table = /* @__NO_SIDE_EFFECTS__ */ <K extends string>(
  keys: readonly K[],
  labelOf: (key: K) => Record<Locale, string>,
) => Object.fromEntries(keys.map((key) => [key, labelOf(key)])) as Record<K, Record<Locale, string>>

/**
 * The words of the organisation model, with their labels in every language. The site and the
 * admin take labels from here, so a service is called the same everywhere.
 */
/** The services in their order, as the non-empty list z.enum and the forms' choices take. */
export const SERVICE_KEYS = [
  'contact-family',
  'contact-person',
  'skkp',
  'lss-short-break-family',
  'lss-contact-person',
] as const
export type Service = (typeof SERVICE_KEYS)[number]
export const SERVICES = table(SERVICE_KEYS, (key) => label(`domain.services.${key}`))

export const PROGRAMME_AREAS = table(['sol-children-youth', 'sol-adults', 'lss', 'elderly-care'], (key) =>
  label(`domain.programmeAreas.${key}`),
)
export type ProgrammeArea = keyof typeof PROGRAMME_AREAS

export const FORM_KINDS = table(['interest', 'application'], (key) => label(`domain.formKinds.${key}`))
export type FormKind = keyof typeof FORM_KINDS

export const EVENING_LANGUAGES = table(['sv', 'en', 'sv-interpreted'], (key) =>
  label(`domain.eveningLanguages.${key}`),
)

export const EVENING_STATUSES = table(['open', 'closed', 'cancelled'], (key) =>
  label(`domain.eveningStatuses.${key}`),
)

/** Turns a label table into Payload select options. */
export const optionsOf = <K extends string>(table: Record<K, Record<Locale, string>>) =>
  (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }))
