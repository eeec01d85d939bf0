import { getCollection } from 'astro:content'

import { formHelpPaths } from './formHelp'
import { eveningMunicipalities } from './routes'
import { type Locale, eveningsPath, interestPath, pathFor } from '../../core/i18n/locales'
import { translator } from '../../core/i18n/text'

export type SiteLink = { path: string; title: string }

/** Every public page in one language, for the sitemap, the no-script search fallback and the tests. */
export async function siteLinks(locale: Locale): Promise<SiteLink[]> {
  const mine = <T extends { data: { locale: string } }>(entries: T[]) =>
    entries.filter((entry) => entry.data.locale === locale)
  const t = translator(locale)
  const pages = mine(await getCollection('pages'))
  const slugOf = (path: string) => path.split('/').filter(Boolean).at(-1) || 'start'
  return [
    ...pages.map(({ data }) => ({ path: data.path, title: data.title })),
    ...pages
      .filter(({ data }) => data.easyReadHtml)
      .map(({ data }) => ({
        path: pathFor(locale, slugOf(data.path), 'easyRead'),
        title: `${data.title} – ${t('site.easyReadSuffix')}`,
      })),
    { path: interestPath(locale), title: t('forms.interest.title') },
    { path: pathFor(locale, null, 'apply'), title: t('forms.application.title') },
    ...formHelpPaths(locale).map(({ props }) => ({ path: props.alternates[locale], title: props.title })),
    { path: pathFor(locale, null, 'municipality'), title: t('site.municipalities') },
    ...mine(await getCollection('municipalities')).map(({ data }) => ({ path: data.path, title: data.name })),
    { path: pathFor(locale, null, 'evening'), title: t('site.evenings') },
    ...(await eveningMunicipalities(locale)).map(({ slug, name }) => ({
      path: eveningsPath(locale, slug),
      title: `${t('site.evenings')} – ${name}`,
    })),
    ...mine(await getCollection('evenings')).map(({ data }) => ({ path: data.path, title: data.topic })),
    ...mine(await getCollection('campaigns')).map(({ data }) => ({ path: data.path, title: data.title })),
    { path: pathFor(locale, null, 'statistics'), title: t('site.statistics.title') },
  ]
}

export function sitemapXml(site: URL, links: SiteLink[]): string {
  const urls = links.map(({ path }) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}
