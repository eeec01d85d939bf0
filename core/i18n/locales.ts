export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'sv'

/** Sections of the site that are not CMS pages, with their URL segment in each language. */
export const SECTIONS = {
  municipality: { sv: 'kommun', en: 'municipality' },
  evening: { sv: 'informationskvallar', en: 'information-evenings' },
  campaign: { sv: 'kampanj', en: 'campaign' },
  easyRead: { sv: 'lattlast', en: 'easy-read' },
  search: { sv: 'sok', en: 'search' },
  interest: { sv: 'intresseanmalan', en: 'register-interest' },
  apply: { sv: 'ansok', en: 'apply' },
} as const
export type Section = keyof typeof SECTIONS

/** Swedish lives at the root, English under /en/; a section adds its own segment. */
export function pathFor(locale: Locale, slug: string | null, section?: Section): string {
  const prefix = locale === DEFAULT_LOCALE ? '/' : `/${locale}/`
  const base = section ? `${prefix}${SECTIONS[section][locale]}/` : prefix
  return slug ? `${base}${slug}/` : base
}

export const otherLocale = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv')

/** The interest form, attributed to a campaign when reached from one. */
export const interestPath = (locale: Locale, campaign?: string): string =>
  campaign ? `${pathFor(locale, null, 'interest')}${SECTIONS.campaign[locale]}/${campaign}/` : pathFor(locale, null, 'interest')
