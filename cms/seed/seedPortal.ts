import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { type SeedAction, planSeed } from '../domain/seedPlan'
import { queueRebuild } from '../jobs/rebuildSite'
import { SEED_LOCALES, type SeedContent, type SeedPage } from './content'

export type SeedReport = Record<SeedAction, string[]>

// The seeder writes as the system; the flag tells the edit-tracking hook this is not an editor.
const context = { seeding: true }

/**
 * Loads the seed content into the CMS. Idempotent: unchanged documents are not written, and a
 * document edited in the CMS is never overwritten (see `planSeed`).
 */
export async function seedPortal(payload: Payload, content: SeedContent): Promise<SeedReport> {
  const report: SeedReport = { create: [], update: [], unchanged: [], 'keep-edited': [] }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const pageIds = new Map<string, string>()

  for (const page of content.pages) {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { 'seed.key': { equals: page.key } },
      limit: 1,
      depth: 0,
    })
    const existing = docs[0]
    const action = planSeed(existing?.seed ?? undefined, page.hash)
    report[action].push(page.key)
    const id = action === 'create' || action === 'update' ? await writePage(payload, page, existing?.id, editorConfig) : existing.id
    pageIds.set(page.key, String(id))
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const settingsAction = planSeed(settings.seed?.key ? settings.seed : undefined, content.settings.hash)
  report[settingsAction].push('site-settings')
  if (settingsAction === 'create' || settingsAction === 'update') {
    await writeSettings(payload, content, pageIds)
  }
  if (report.create.length || report.update.length) await queueRebuild(payload)
  return report
}

async function writePage(
  payload: Payload,
  page: SeedPage,
  existingId: string | undefined,
  editorConfig: Awaited<ReturnType<typeof editorConfigFactory.default>>,
): Promise<string> {
  let id = existingId
  for (const locale of SEED_LOCALES) {
    const { markdown, ...fields } = page.locales[locale]
    const data = {
      ...fields,
      content: convertMarkdownToLexical({ editorConfig, markdown }),
      _status: 'published' as const,
      seed: { key: page.key, hash: page.hash, editedInCms: false },
    }
    if (id) await payload.update({ collection: 'pages', id, data, locale, context })
    else id = String((await payload.create({ collection: 'pages', data, locale, context })).id)
  }
  return id as string
}

async function writeSettings(payload: Payload, content: SeedContent, pageIds: Map<string, string>) {
  const { settings } = content
  for (const locale of SEED_LOCALES) {
    // Array rows keep their ids across locales, or the second locale would replace the first's rows.
    const current = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      context,
      data: {
        siteName: settings.siteName[locale],
        tagline: settings.tagline[locale],
        homePage: pageIds.get(settings.homePage),
        contact: { ...settings.contact, hours: settings.contact.hours[locale] },
        footerLinks: settings.footerLinks.map((link, index) => ({
          id: current.footerLinks?.[index]?.id ?? undefined,
          label: link.label[locale],
          page: link.page ? pageIds.get(link.page) : undefined,
          url: link.url,
        })),
        seed: { key: 'site-settings', hash: settings.hash, editedInCms: false },
      },
    })
  }
}
