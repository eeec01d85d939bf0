import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { planSeed } from '../../core/domain/seedPlan'
import { seedEvents } from './events'
import { type Markdown, SEED_LOCALES, type SeedContent } from './model'
import { seedMedia } from './media'
import { seedOrganisation } from './organisation'
import { seedStories } from './stories'
import { type SeedReport, emptyReport, seedContext as context, upsertSeeded } from './upsert'

export type { SeedReport }

/**
 * Loads the seed content into the CMS. Idempotent: unchanged documents are not written, and a
 * document edited in the CMS is never overwritten (see `planSeed`).
 */
export async function seedPortal(
  payload: Payload,
  content: SeedContent,
  now = new Date(),
): Promise<SeedReport> {
  const report = emptyReport()
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const markdown: Markdown = (source) => convertMarkdownToLexical({ editorConfig, markdown: source })
  const pageIds = new Map<string, string>()
  const mediaIds = await seedMedia(payload, content.media)

  for (const page of content.pages) {
    const { id } = await upsertSeeded(
      payload,
      'pages',
      page.key,
      page.hash,
      report,
      async (existingId, seed) => {
        let id = existingId
        for (const locale of SEED_LOCALES) {
          const { markdown: body, easyRead, ...fields } = page.locales[locale]
          const data = {
            ...fields,
            content: markdown(body),
            easyRead: easyRead ? markdown(easyRead) : null,
            audience: page.audience,
            image: (page.image && mediaIds.get(page.image)) || null,
            _status: 'published' as const,
            seed,
          }
          if (id) await payload.update({ collection: 'pages', id, data, locale, context })
          else id = String((await payload.create({ collection: 'pages', data, locale, context })).id)
        }
        return id as string
      },
    )
    pageIds.set(page.key, id)
  }

  const ids = await seedOrganisation(payload, content.organisation, report)
  await seedEvents(payload, content, ids, mediaIds, markdown, report, now)
  await seedStories(payload, content, ids, report)
  await seedSettings(payload, content, pageIds, report)
  return report
}

async function seedSettings(
  payload: Payload,
  content: SeedContent,
  pageIds: Map<string, string>,
  report: SeedReport,
) {
  const { settings } = content
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const action = planSeed(current.seed?.key ? current.seed : undefined, settings.hash)
  report[action].push('site-settings')
  if (action !== 'create' && action !== 'update') return
  for (const locale of SEED_LOCALES) {
    // Array rows keep their ids across locales, or the second locale would replace the first's rows.
    const rows = (await payload.findGlobal({ slug: 'site-settings', depth: 0, locale })).footerLinks ?? []
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
          id: rows[index]?.id ?? undefined,
          label: link.label[locale],
          page: link.page ? pageIds.get(link.page) : undefined,
          url: link.url,
        })),
        seed: { key: 'site-settings', hash: settings.hash, editedInCms: false },
      },
    })
  }
}
