import type { APIRoute } from 'astro'

import { LOCALES } from '../../core/i18n/locales'

/** The sitemap index: one sitemap per language. */
export const GET: APIRoute = ({ site }) => {
  const entries = LOCALES.map(
    (locale) => `  <sitemap><loc>${new URL(`/sitemap-${locale}.xml`, site).href}</loc></sitemap>`,
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
  return new Response(xml, { headers: { 'content-type': 'application/xml' } })
}
