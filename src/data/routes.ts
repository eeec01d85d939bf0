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

/**
 * Upcoming evenings in the language, soonest first (the content store keeps no order), only those
 * of one municipality when its slug is given.
 */
export async function eveningsBySoonest(locale: Locale, municipality?: string) {
  return (await entriesIn('evenings', locale))
    .filter(({ data }) => !municipality || data.municipality?.slug === municipality)
    .sort((a, b) => Date.parse(a.data.startsAt) - Date.parse(b.data.startsAt))
}

/** The municipalities that have upcoming evenings in the language, by name: the evenings list's filter. */
export async function eveningMunicipalities(locale: Locale) {
  const found = new Map<string, string>()
  for (const { data } of await entriesIn('evenings', locale))
    if (data.municipality) found.set(data.municipality.slug, data.municipality.name)
  return [...found]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** Static paths for municipality, evening and campaign pages: one per entry in the language. */
export async function entryPaths<C extends Listed>(collection: C, locale: Locale) {
  return (await entriesIn(collection, locale)).map((entry) => ({
    params: { slug: entry.data.slug },
    props: { entry },
  }))
}
