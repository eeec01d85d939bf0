import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parseFrontmatter } from './frontmatter'

export const SEED_LOCALES = ['sv', 'en'] as const
export type SeedLocale = (typeof SEED_LOCALES)[number]

export type SeedPageLocale = {
  title: string
  slug: string
  summary: string
  metaDescription: string
  markdown: string
}

export type SeedPage = { key: string; locales: Record<SeedLocale, SeedPageLocale>; hash: string }

export type SeedSettings = {
  siteName: Record<SeedLocale, string>
  tagline: Record<SeedLocale, string>
  homePage: string
  contact: { phone: string; email: string; hours: Record<SeedLocale, string> }
  footerLinks: { label: Record<SeedLocale, string>; page?: string; url?: string }[]
}

export type SeedContent = { pages: SeedPage[]; settings: SeedSettings & { hash: string } }

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)

function readPageLocale(file: string): SeedPageLocale {
  const { data, body } = parseFrontmatter(fs.readFileSync(file, 'utf8'), file)
  for (const field of ['title', 'slug', 'summary', 'description'] as const) {
    if (!data[field]) throw new Error(`${file}: the header needs "${field}"`)
  }
  return {
    title: data.title,
    slug: data.slug,
    summary: data.summary,
    metaDescription: data.description,
    markdown: body,
  }
}

/** Reads `content/pages/<key>.<locale>.md` (both languages required) and `content/site-settings.json`. */
export function loadSeedContent(contentDir: string): SeedContent {
  const pagesDir = path.join(contentDir, 'pages')
  const keys = [...new Set(fs.readdirSync(pagesDir).map((name) => name.split('.')[0]))].sort()
  const pages = keys.map((key): SeedPage => {
    const sv = readPageLocale(path.join(pagesDir, `${key}.sv.md`))
    const en = readPageLocale(path.join(pagesDir, `${key}.en.md`))
    const locales = { sv, en }
    return { key, locales, hash: hashOf(locales) }
  })
  const settings = JSON.parse(fs.readFileSync(path.join(contentDir, 'site-settings.json'), 'utf8')) as SeedSettings
  const missing = [settings.homePage, ...settings.footerLinks.map((link) => link.page)]
    .filter((key): key is string => Boolean(key))
    .filter((key) => !keys.includes(key))
  if (missing.length) throw new Error(`content/site-settings.json names unknown pages: ${missing.join(', ')}`)
  return { pages, settings: { ...settings, hash: hashOf(settings) } }
}
