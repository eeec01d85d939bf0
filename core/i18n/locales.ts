import { en } from './dictionaries/en'
import type { Dictionary } from './dictionaries/schema'
import { sv } from './dictionaries/sv'

type Sections = Record<
  'municipality' | 'evening' | 'campaign' | 'easyRead' | 'search' | 'interest' | 'apply' | 'statistics',
  string
>

/**
 * Every language of the site and the admin, the default first. A new language is one entry here
 * and its dictionary in dictionaries/: its BCP 47 tag (dates, og:locale), its texts, and the URL
 * segment of each section of the site that is not a CMS page.
 */
const LANGUAGES = {
  sv: {
    tag: 'sv-SE',
    dictionary: sv,
    sections: {
      municipality: 'kommun',
      evening: 'informationskvallar',
      campaign: 'kampanj',
      easyRead: 'lattlast',
      search: 'sok',
      interest: 'intresseanmalan',
      apply: 'ansok',
      statistics: 'statistik',
    },
  },
  en: {
    tag: 'en-GB',
    dictionary: en,
    sections: {
      municipality: 'municipality',
      evening: 'information-evenings',
      campaign: 'campaign',
      easyRead: 'easy-read',
      search: 'search',
      interest: 'register-interest',
      apply: 'apply',
      statistics: 'statistics',
    },
  },
} as const satisfies Record<string, { tag: string; dictionary: Dictionary; sections: Sections }>

export type Locale = keyof typeof LANGUAGES
// Free of side effects, so a browser bundle that reaches this module but needs no text (a form
// island) leaves the dictionaries out.
export const LOCALES = /* @__PURE__ */ Object.keys(LANGUAGES) as Locale[]
export const DEFAULT_LOCALE: Locale = /* @__PURE__ */ (() => LOCALES[0])()
export type Section = keyof Sections

/** A language code from outside (a form post, the admin's language), the default when unknown. */
export const asLocale = (value: unknown): Locale =>
  LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE

export const localeTag = (locale: Locale): string => LANGUAGES[locale].tag
export const dictionaryOf = (locale: Locale): Dictionary => LANGUAGES[locale].dictionary

/** One value for each language, such as a page's path in each for hreflang and the language switch. */
export const everyLocale = <T>(valueIn: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, valueIn(locale)])) as Record<Locale, T>

/** The default language lives at the root, every other under /<code>/; a section adds its own segment. */
export function pathFor(locale: Locale, slug: string | null, section?: Section): string {
  const prefix = locale === DEFAULT_LOCALE ? '/' : `/${locale}/`
  const base = section ? `${prefix}${LANGUAGES[locale].sections[section]}/` : prefix
  return slug ? `${base}${slug}/` : base
}

/** The evenings list, or the list of one municipality's evenings. */
export const eveningsPath = (locale: Locale, municipality?: string): string =>
  municipality
    ? `${pathFor(locale, null, 'evening')}${LANGUAGES[locale].sections.municipality}/${municipality}/`
    : pathFor(locale, null, 'evening')

/** The interest form, attributed to a campaign when reached from one. */
export const interestPath = (locale: Locale, campaign?: string): string =>
  campaign
    ? `${pathFor(locale, null, 'interest')}${LANGUAGES[locale].sections.campaign}/${campaign}/`
    : pathFor(locale, null, 'interest')
