import { getCollection } from 'astro:content'

import { type Locale, pathFor } from '../../core/i18n/locales'
import { type MenuItem, mainMenu } from '../../core/site/menu'

/** The header menu with the pages this build publishes. */
export async function siteMenu(locale: Locale): Promise<MenuItem[]> {
  const pages = await getCollection('pages')
  return mainMenu(
    locale,
    (slug) =>
      pages.find(({ data }) => data.locale === 'sv' && data.path === pathFor('sv', slug))?.data.alternates[
        locale
      ],
  )
}
