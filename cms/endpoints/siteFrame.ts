import type { Payload } from 'payload'

import { type Locale, pathFor } from '../../core/i18n/locales'
import type { FrameProps } from '../../core/site/SiteFrame'
import { PATH_PAGES, mainMenu } from '../../core/site/menu'
import { idOf } from '../collections/relations'
import { siteUrl } from '../urls'

/** Published pages only, as the site's build sees them. */
const published = { _status: { equals: 'published' } } as const

/** A published page's path on the site in `locale`, or undefined when it is not there. */
async function pagePath(payload: Payload, locale: Locale, id: string, homeId: string | null) {
  const page = await payload.findByID({ collection: 'pages', id, locale, depth: 0, disableErrors: true })
  if (!page || page._status !== 'published' || !page.slug || !page.title) return undefined
  return pathFor(locale, id === homeId ? null : page.slug)
}

async function buildFrame(payload: Payload, locale: Locale): Promise<FrameProps> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
  const homeId = settings.homePage ? idOf(settings.homePage) : null
  const menuPages = new Map<string, string | undefined>()
  for (const svSlug of Object.values(PATH_PAGES)) {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { and: [{ slug: { equals: svSlug } }, published] },
      locale: 'sv',
      depth: 0,
      limit: 1,
    })
    menuPages.set(svSlug, docs[0] ? await pagePath(payload, locale, String(docs[0].id), homeId) : undefined)
  }
  const links = await Promise.all(
    (settings.footerLinks ?? []).map(async (link) => ({
      label: link.label ?? '',
      href: link.page ? await pagePath(payload, locale, idOf(link.page), homeId) : link.url,
    })),
  )
  return {
    locale,
    site: siteUrl(),
    siteName: settings.siteName || 'Kontaktportalen',
    tagline: settings.tagline ?? '',
    menu: mainMenu(locale, (slug) => menuPages.get(slug)),
    contact: {
      phone: settings.contact?.phone ?? '',
      email: settings.contact?.email ?? '',
      hours: settings.contact?.hours ?? '',
    },
    links: links.flatMap((link) => (link.label && link.href ? [{ label: link.label, href: link.href }] : [])),
  }
}

/** Settings change seldom and these pages come in bursts; a minute's staleness is harmless. */
const MAX_AGE_MS = 60_000
const cache = new Map<Locale, { at: number; frame: Promise<FrameProps> }>()

/** The site's header and footer data, read from the CMS as the site's build reads it. */
export function siteFrame(payload: Payload, locale: Locale): Promise<FrameProps> {
  const hit = cache.get(locale)
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.frame
  const frame = buildFrame(payload, locale)
  cache.set(locale, { at: Date.now(), frame })
  frame.catch(() => cache.delete(locale))
  return frame
}
