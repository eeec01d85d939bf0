import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { cmsPagesLoader, cmsSettingsLoader } from './cms/loaders'

const locale = z.enum(['sv', 'en'])

const pages = defineCollection({
  loader: cmsPagesLoader(),
  schema: z.object({
    /** The CMS document id; the same for both languages of a page. */
    docId: z.string(),
    locale,
    /** Where the page is served, with a trailing slash. */
    path: z.string().startsWith('/'),
    /** The page chosen as home page in site settings, served at the language root. */
    isHome: z.boolean(),
    title: z.string().min(1),
    summary: z.string(),
    /** Meta description; falls back to the summary. */
    description: z.string(),
    /** Rich text rendered to HTML by Payload's Lexical converter at build time. */
    html: z.string(),
    updatedAt: z.string(),
    /** The page's path in each language it is published in, for the language switch and hreflang. */
    alternates: z.object({ sv: z.string().optional(), en: z.string().optional() }),
  }),
})

const settings = defineCollection({
  loader: cmsSettingsLoader(),
  schema: z.object({
    locale,
    siteName: z.string(),
    tagline: z.string(),
    contact: z.object({ phone: z.string(), email: z.string(), hours: z.string() }),
    /** Footer links already resolved to paths in the same language. */
    footerLinks: z.array(z.object({ label: z.string(), href: z.string() })),
  }),
})

export const collections = { pages, settings }
