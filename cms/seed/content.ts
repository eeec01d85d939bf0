import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { AUDIENCE_KEYS, type Audience } from '../../core/domain/audience'
import { parseFrontmatter } from './frontmatter'
import type {
  SeedCampaign,
  SeedContent,
  SeedEvening,
  SeedLocale,
  SeedMedia,
  SeedOrganisation,
  SeedPage,
  SeedPageLocale,
  SeedSettings,
  SeedStory,
} from './model'

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T

function readEasyRead(file: string): string | undefined {
  return fs.existsSync(file) ? parseFrontmatter(fs.readFileSync(file, 'utf8'), file).body : undefined
}

function readPageLocale(file: string, easyReadFile: string): SeedPageLocale & { audience?: string } {
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
    easyRead: readEasyRead(easyReadFile),
    audience: data.audience,
  }
}

/** A page's optional `audience:` header, the same in both languages and one of AUDIENCE_KEYS. */
function audienceOf(key: string, sv?: string, en?: string): Audience | null {
  if (sv !== en) throw new Error(`content/pages/${key}: "audience" differs between the languages`)
  if (sv === undefined) return null
  if (!AUDIENCE_KEYS.includes(sv as Audience))
    throw new Error(`content/pages/${key}: "audience" must be one of ${AUDIENCE_KEYS.join(', ')}`)
  return sv as Audience
}

/**
 * Reads `content/pages/<key>.<locale>.md` (both languages required), `content/easy-read/`, the
 * illustrations in `content/media.json` and `content/media/`, the site settings, the demo organisation,
 * information evenings, campaigns and volunteers' stories.
 */
export function loadSeedContent(contentDir: string): SeedContent {
  const pagesDir = path.join(contentDir, 'pages')
  const keys = [...new Set(fs.readdirSync(pagesDir).map((name) => name.split('.')[0]))].sort()
  const media = readJson<SeedMedia[]>(path.join(contentDir, 'media.json')).map((entry) => ({
    ...entry,
    svg: fs.readFileSync(path.join(contentDir, 'media', `${entry.key}.svg`), 'utf8'),
  }))
  const unknown = media.flatMap((entry) => entry.pages).filter((key) => !keys.includes(key))
  if (unknown.length) throw new Error(`content/media.json names unknown pages: ${unknown.join(', ')}`)
  const pages = keys.map((key): SeedPage => {
    const read = (locale: SeedLocale) =>
      readPageLocale(
        path.join(pagesDir, `${key}.${locale}.md`),
        path.join(contentDir, 'easy-read', `${key}.${locale}.md`),
      )
    const [{ audience: svAudience, ...sv }, { audience: enAudience, ...en }] = [read('sv'), read('en')]
    const locales = { sv, en }
    const audience = audienceOf(key, svAudience, enAudience)
    const image = media.find((entry) => entry.pages.includes(key))?.key
    return { key, locales, audience, image, hash: hashOf({ locales, audience, image }) }
  })
  const settings = readJson<SeedSettings>(path.join(contentDir, 'site-settings.json'))
  const missing = [settings.homePage, ...settings.footerLinks.map((link) => link.page)]
    .filter((key): key is string => Boolean(key))
    .filter((key) => !keys.includes(key))
  if (missing.length) throw new Error(`content/site-settings.json names unknown pages: ${missing.join(', ')}`)
  const organisation = readJson<SeedOrganisation>(path.join(contentDir, 'organisation.json'))
  const evenings = readJson<SeedEvening[]>(path.join(contentDir, 'info-evenings.json'))
  const campaigns = readJson<SeedCampaign[]>(path.join(contentDir, 'campaigns.json'))
  const stories = readJson<SeedStory[]>(path.join(contentDir, 'volunteer-stories.json'))
  const hashes = Object.fromEntries([
    ...evenings.map((evening) => [`e:${evening.key}`, hashOf(evening)]),
    ...campaigns.map((campaign) => [`c:${campaign.key}`, hashOf(campaign)]),
    ...stories.map((story) => [`s:${story.key}`, hashOf(story)]),
  ])
  const organisationHashes = Object.fromEntries([
    ...organisation.municipalities.map((municipality) => [`m:${municipality.key}`, hashOf(municipality)]),
    ...organisation.teams.map((team) => [`t:${team.key}`, hashOf(team)]),
  ])
  return {
    pages,
    media,
    settings: { ...settings, hash: hashOf(settings) },
    organisation: { ...organisation, hashes: organisationHashes },
    evenings,
    campaigns,
    stories,
    hashes,
  }
}
