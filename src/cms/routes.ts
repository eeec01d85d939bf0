import { getCollection } from 'astro:content'

import type { Locale } from '../i18n/locales'

/** Static paths for one language's content pages (the home page has its own route). */
export async function contentPagePaths(locale: Locale) {
  const pages = await getCollection('pages', ({ data }) => data.locale === locale && !data.isHome)
  return pages.map((page) => ({
    params: { slug: page.data.path.split('/').filter(Boolean).at(-1) },
    props: { page },
  }))
}

export async function homePage(locale: Locale) {
  const [home] = await getCollection('pages', ({ data }) => data.locale === locale && data.isHome)
  if (!home) throw new Error(`The CMS has no published home page in ${locale}`)
  return home
}
