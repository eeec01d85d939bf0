import type { APIRoute } from 'astro'

import { siteLinks, sitemapXml } from '../data/sitemap'

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(site as URL, await siteLinks('sv')), {
    headers: { 'content-type': 'application/xml' },
  })
