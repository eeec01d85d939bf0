import { getCollection } from 'astro:content'

import { type Locale, interestPath, pathFor } from '../../core/i18n/locales'
import { translator } from '../../core/i18n/text'

/** The seeded pages the menu's two paths open on, by Swedish slug (as forms.ts finds the privacy notice). */
const PATH_PAGES = { volunteer: 'sa-gar-det-till', support: 'for-familjer' } as const

/**
 * The header menu: the two paths (becoming a volunteer, asking for support), evenings and
 * municipalities. A path whose page is not published opens its form instead.
 */
export async function mainMenu(locale: Locale): Promise<{ label: string; href: string }[]> {
  const t = translator(locale)
  const pages = await getCollection('pages')
  const pageIn = (slug: string) =>
    pages.find(({ data }) => data.locale === 'sv' && data.path === pathFor('sv', slug))?.data.alternates[
      locale
    ]
  return [
    { label: t('site.menuVolunteer'), href: pageIn(PATH_PAGES.volunteer) ?? interestPath(locale) },
    { label: t('site.menuSupport'), href: pageIn(PATH_PAGES.support) ?? pathFor(locale, null, 'apply') },
    { label: t('site.evenings'), href: pathFor(locale, null, 'evening') },
    { label: t('site.municipalities'), href: pathFor(locale, null, 'municipality') },
  ]
}
