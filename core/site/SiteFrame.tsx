import type React from 'react'

import { LOCALES, type Locale, pathFor } from '../i18n/locales'
import { translator } from '../i18n/text'
import type { FrameLink, MenuItem } from './menu'

/**
 * The site's header and footer, one source for the static pages (Astro renders these without
 * JavaScript) and for the pages the CMS answers a plain form post with. `site` is prefixed to the
 * site's own paths: empty on the site, the site's address on the CMS's pages.
 */
export type FrameProps = {
  locale: Locale
  site: string
  siteName: string
  tagline: string
  menu: MenuItem[]
  /** The path of the page shown, to mark its menu item. */
  current?: string
  /** The same page in the other language; its home page when there is none. */
  otherLanguage?: string
  contact: { phone: string; email: string; hours: string }
  /** The editors' footer links, as paths of the site or whole addresses. */
  links: FrameLink[]
}

export const onSite = (site: string, href: string) => (href.startsWith('/') ? `${site}${href}` : href)

export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a className="skip-link" href="#main">
      {translator(locale)('site.skipToContent')}
    </a>
  )
}

// A plain list of links: it needs no JavaScript, and keyboards and screen readers meet ordinary links.
export function SiteHeader({ locale, site, siteName, tagline, menu, current, otherLanguage }: FrameProps) {
  const t = translator(locale)
  const other = LOCALES.find((code) => code !== locale) as Locale
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-header__name" href={onSite(site, pathFor(locale, null))}>
          {siteName}
          {tagline && <span className="site-header__tagline">{tagline}</span>}
        </a>
        <div className="site-header__tools">
          <a className="site-header__search" href={onSite(site, pathFor(locale, null, 'search'))}>
            {t('site.search')}
          </a>
          <nav className="language-switch" aria-label={t('site.languageSwitchLabel')}>
            <a
              href={onSite(site, otherLanguage ?? pathFor(other, null))}
              hrefLang={other}
              lang={other}
              title={t('site.otherLanguageHint')}
            >
              {t('site.otherLanguageName')}
            </a>
          </nav>
        </div>
      </div>
      <nav className="container site-menu" aria-label={t('site.menuLabel')}>
        <ul>
          {menu.map((item) => (
            <li key={item.href}>
              <a href={onSite(site, item.href)} aria-current={current === item.href ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

export function SiteFooter({ locale, site, contact, links }: FrameProps): React.ReactElement {
  const t = translator(locale)
  // The site's own pages about itself follow the links the editors chose.
  const about = [...links, { label: t('site.statistics.title'), href: pathFor(locale, null, 'statistics') }]
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t('site.footerContact')}</h2>
          <ul>
            {contact.phone && (
              <li>
                {t('site.phone')}: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                {contact.hours && ` (${contact.hours})`}
              </li>
            )}
            {contact.email && (
              <li>
                {t('site.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </li>
            )}
          </ul>
        </section>
        <nav aria-labelledby="footer-links">
          <h2 id="footer-links">{t('site.footerLinks')}</h2>
          <ul>
            {about.map((link) => (
              <li key={link.href}>
                <a href={onSite(site, link.href)}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
