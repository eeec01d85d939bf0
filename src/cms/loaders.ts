import type { Loader } from 'astro/loaders'

import { LOCALES, type Locale } from '../i18n/locales'
import { fetchCms } from './client'
import { type CmsPage, type SitePage, toSitePages } from './pages'
import { type CmsSettings, type SiteSettings, toSiteSettings } from './settings'

type SiteContent = { pages: SitePage[]; settings: SiteSettings[] }

async function fetchSiteContent(): Promise<SiteContent> {
  const query = (locale: Locale) => `locale=${locale}&fallback-locale=none&depth=0`
  const settingsByLocale = await Promise.all(
    LOCALES.map((locale) => fetchCms<CmsSettings>(`/api/globals/site-settings?${query(locale)}`)),
  )
  // Anonymous REST reads see only published pages: the collection's access control decides, not us.
  const docs = await Promise.all(
    LOCALES.map((locale) =>
      fetchCms<{ docs: CmsPage[] }>(`/api/pages?${query(locale)}&pagination=false&sort=createdAt`),
    ),
  )
  const homeId = settingsByLocale[0].homePage ?? null
  const pages = toSitePages({ sv: docs[0].docs, en: docs[1].docs }, homeId)
  if (!pages.some((page) => page.isHome && page.locale === 'sv')) {
    throw new Error(
      'The CMS has no published home page (site settings → home page). Seed it with npm run seed; ' +
        'the site is not built without content.',
    )
  }
  const pathOf = (locale: Locale) => (docId: string) =>
    pages.find((page) => page.docId === docId && page.locale === locale)?.path
  const settings = LOCALES.map((locale, index) => toSiteSettings(locale, settingsByLocale[index], pathOf(locale)))
  return { pages, settings }
}

/** `astro check` only needs the collections' types, which come from their schemas, not the CMS. */
const typeCheckOnly = process.argv[2] === 'check'

// Both collections come from one read of the CMS, so a build sees one consistent state.
let content: Promise<SiteContent> | undefined
const siteContent = () =>
  (content ??= typeCheckOnly ? Promise.resolve({ pages: [], settings: [] }) : fetchSiteContent())

export const cmsPagesLoader = (): Loader => ({
  name: 'cms-pages',
  load: async ({ store, parseData }) => {
    store.clear()
    for (const page of (await siteContent()).pages) {
      store.set({ id: page.id, data: await parseData({ id: page.id, data: page }) })
    }
  },
})

export const cmsSettingsLoader = (): Loader => ({
  name: 'cms-site-settings',
  load: async ({ store, parseData }) => {
    store.clear()
    for (const settings of (await siteContent()).settings) {
      store.set({ id: settings.id, data: await parseData({ id: settings.id, data: settings }) })
    }
  },
})
