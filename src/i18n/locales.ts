export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'sv'

/** Swedish lives at the root, English under /en/. */
export function pathFor(locale: Locale, slug: string | null): string {
  const prefix = locale === DEFAULT_LOCALE ? '/' : `/${locale}/`
  return slug ? `${prefix}${slug}/` : prefix
}
