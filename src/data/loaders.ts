import type { Loader } from 'astro/loaders'

import { LOCALES, type Locale } from '../../core/i18n/locales'
import { fetchCms } from './client'
import {
  type CmsCampaign,
  type CmsEvening,
  type CmsMunicipality,
  type CmsTeam,
  toCampaigns,
  toEvenings,
  toMunicipalities,
} from './events'
import { type CmsMedia, type CmsPage, toSitePages } from './pages'
import { type CmsSettings, toSiteSettings } from './settings'
import { type CmsStory, toStories } from './stories'

type Docs<T> = { docs: T[] }
const idOf = (value: unknown): string =>
  typeof value === 'object' && value ? (value as { id: string }).id : String(value)

/** Everything the site shows, per locale, from one read of the CMS REST API. */
async function fetchSiteContent() {
  const now = new Date()
  // Pages keep fallback off (an untranslated page has no English version); the rest falls back
  // to Swedish, so an evening or team not yet translated is still listed on the English site.
  const strict = (locale: Locale, depth = 0) =>
    `locale=${locale}&fallback-locale=none&depth=${depth}&pagination=false`
  const loose = (locale: Locale, depth = 0) => `locale=${locale}&depth=${depth}&pagination=false`
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const [settings, pages, media, municipalities, teams, evenings, campaigns, stories] = await Promise.all(
        [
          fetchCms<CmsSettings>(`/api/globals/site-settings?${strict(locale)}`),
          fetchCms<Docs<CmsPage>>(`/api/pages?${strict(locale)}&sort=createdAt`),
          fetchCms<Docs<CmsMedia>>(`/api/media?${strict(locale)}`),
          fetchCms<Docs<CmsMunicipality>>(`/api/municipalities?${loose(locale)}&sort=name`),
          fetchCms<Docs<CmsTeam>>(`/api/teams?${loose(locale)}&where[active][equals]=true&sort=name`),
          fetchCms<Docs<CmsEvening>>(
            `/api/info-evenings?${loose(locale)}&where[startsAt][greater_than]=${now.toISOString()}`,
          ),
          fetchCms<Docs<CmsCampaign>>(`/api/campaigns?${loose(locale)}`),
          // Depth 1 for the image's URL and alt text; the municipality comes as its id only.
          fetchCms<Docs<CmsStory>>(`/api/volunteer-stories?${strict(locale, 1)}&sort=createdAt`),
        ],
      )
      const campaignDocs = campaigns.docs.map((campaign) => ({
        ...campaign,
        municipalities: (campaign.municipalities ?? []).map(idOf),
      }))
      return {
        locale,
        settings,
        pages: pages.docs,
        media: media.docs,
        municipalities: toMunicipalities(locale, municipalities.docs, teams.docs),
        evenings: toEvenings(locale, evenings.docs, municipalities.docs, now),
        campaigns: toCampaigns(locale, campaignDocs, municipalities.docs, media.docs, now),
        stories: toStories(locale, stories.docs, municipalities.docs),
      }
    }),
  )
  const homeId = perLocale[0].settings.homePage ?? null
  const pages = toSitePages({ sv: perLocale[0].pages, en: perLocale[1].pages }, homeId, {
    sv: perLocale[0].media,
    en: perLocale[1].media,
  })
  if (!pages.some((page) => page.isHome && page.locale === 'sv')) {
    throw new Error(
      'The CMS has no published home page (site settings → home page). Seed it with npm run seed; ' +
        'the site is not built without content.',
    )
  }
  const pathOf = (locale: Locale) => (docId: string) =>
    pages.find((page) => page.docId === docId && page.locale === locale)?.path
  return {
    pages,
    settings: perLocale.map(({ locale, settings }) => toSiteSettings(locale, settings, pathOf(locale))),
    municipalities: perLocale.flatMap((entry) => entry.municipalities),
    evenings: perLocale.flatMap((entry) => entry.evenings),
    campaigns: perLocale.flatMap((entry) => entry.campaigns),
    stories: perLocale.flatMap((entry) => entry.stories),
  }
}

type SiteContent = Awaited<ReturnType<typeof fetchSiteContent>>

/** `astro check` only needs the collections' types, which come from their schemas, not the CMS. */
const typeCheckOnly = process.argv[2] === 'check'
const empty: SiteContent = {
  pages: [],
  settings: [],
  municipalities: [],
  evenings: [],
  campaigns: [],
  stories: [],
}

// Every collection comes from one read of the CMS, so a build sees one consistent state.
let content: Promise<SiteContent> | undefined
const siteContent = () => (content ??= typeCheckOnly ? Promise.resolve(empty) : fetchSiteContent())

/** A content-layer loader for one part of the site content. */
export const cmsLoader = (part: keyof SiteContent): Loader => ({
  name: `cms-${part}`,
  load: async ({ store, parseData }) => {
    store.clear()
    for (const entry of (await siteContent())[part]) {
      store.set({
        id: entry.id,
        data: await parseData({ id: entry.id, data: entry as Record<string, unknown> }),
      })
    }
  },
})
