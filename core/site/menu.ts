import { type Locale, interestPath, pathFor } from '../i18n/locales'
import { translator } from '../i18n/text'

export type FrameLink = { label: string; href: string }
/** A menu item, named so that a page can point to the same place (a receipt's "what happens next"). */
export type MenuItem = FrameLink & { key: 'volunteer' | 'support' | 'evenings' | 'municipalities' }

/** The seeded pages the menu's two paths open on, by Swedish slug (as the forms find the privacy notice). */
export const PATH_PAGES = { volunteer: 'sa-gar-det-till', support: 'for-familjer' } as const

/**
 * The header menu: the two paths (becoming a volunteer, asking for support), evenings and
 * municipalities. `pageIn` gives a published page's path in this language by its Swedish slug; a
 * path whose page is not published opens its form instead. Paths are the site's own (from `/`).
 */
export function mainMenu(locale: Locale, pageIn: (svSlug: string) => string | undefined): MenuItem[] {
  const t = translator(locale)
  return [
    {
      key: 'volunteer',
      label: t('site.menuVolunteer'),
      href: pageIn(PATH_PAGES.volunteer) ?? interestPath(locale),
    },
    {
      key: 'support',
      label: t('site.menuSupport'),
      href: pageIn(PATH_PAGES.support) ?? pathFor(locale, null, 'apply'),
    },
    { key: 'evenings', label: t('site.evenings'), href: pathFor(locale, null, 'evening') },
    { key: 'municipalities', label: t('site.municipalities'), href: pathFor(locale, null, 'municipality') },
  ]
}
