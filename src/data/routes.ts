import { type CollectionEntry, getCollection } from 'astro:content'

import type { Locale } from '../../core/i18n/locales'

const lastSegment = (path: string) => path.split('/').filter(Boolean).at(-1) as string

/** Static paths for one language's content pages (the home page has its own route). */
export async function contentPagePaths(locale: Locale) {
  const pages = await getCollection('pages', ({ data }) => data.locale === locale && !data.isHome)
  return pages.map((page) => ({ params: { slug: lastSegment(page.data.path) }, props: { page } }))
}

/** Easy-read versions live at /lattlast/<slug>/ (sv) and /en/easy-read/<slug>/ (en). */
export async function easyReadPaths(locale: Locale) {
  const pages = await getCollection('pages', ({ data }) => data.locale === locale && data.easyReadHtml !== '')
  return pages.map((page) => ({ params: { slug: lastSegment(page.data.path) || 'start' }, props: { page } }))
}

export async function homePage(locale: Locale) {
  const [home] = await getCollection('pages', ({ data }) => data.locale === locale && data.isHome)
  if (!home) throw new Error(`The CMS has no published home page in ${locale}`)
  return home
}

type Listed = 'municipalities' | 'evenings' | 'campaigns'

export async function entriesIn<C extends Listed>(
  collection: C,
  locale: Locale,
): Promise<CollectionEntry<C>[]> {
  return (await getCollection(collection)).filter(
    (entry) => entry.data.locale === locale,
  ) as CollectionEntry<C>[]
}

/** Static paths for municipality, evening and campaign pages: one per entry in the language. */
export async function entryPaths<C extends Listed>(collection: C, locale: Locale) {
  return (await entriesIn(collection, locale)).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { entry },
  }))
}
