import type { Locale } from '../../core/i18n/locales'

/** The site-settings global as REST returns it for one locale (depth 0: relations are ids). */
export type CmsSettings = {
  siteName?: string | null
  tagline?: string | null
  homePage?: string | null
  contact?: { phone?: string | null; email?: string | null; hours?: string | null } | null
  footerLinks?: { label?: string | null; page?: string | null; url?: string | null }[] | null
}

export type SiteSettings = {
  id: Locale
  locale: Locale
  siteName: string
  tagline: string
  contact: { phone: string; email: string; hours: string }
  footerLinks: { label: string; href: string }[]
}

/** Resolves footer links to paths in the same language; links to unpublished pages are dropped. */
export function toSiteSettings(
  locale: Locale,
  settings: CmsSettings,
  pathOf: (docId: string) => string | undefined,
): SiteSettings {
  const footerLinks = (settings.footerLinks ?? []).flatMap((link) => {
    const href = link.page ? pathOf(link.page) : link.url
    return link.label && href ? [{ label: link.label, href }] : []
  })
  return {
    id: locale,
    locale,
    siteName: settings.siteName || 'Kontaktportalen',
    tagline: settings.tagline ?? '',
    contact: {
      phone: settings.contact?.phone ?? '',
      email: settings.contact?.email ?? '',
      hours: settings.contact?.hours ?? '',
    },
    footerLinks,
  }
}
