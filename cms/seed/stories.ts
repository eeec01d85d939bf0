import type { Payload } from 'payload'

import type { OrganisationIds, SeedContent } from './model'
import { type SeedReport, seedBothLocales } from './upsert'

/** The volunteers' stories, published; the demo's say they are examples (`isExample`). */
export async function seedStories(
  payload: Payload,
  content: SeedContent,
  ids: OrganisationIds,
  report: SeedReport,
) {
  for (const story of content.stories) {
    const { key, municipality, title, text, ...fields } = story
    await seedBothLocales(
      payload,
      report,
      { collection: 'volunteer-stories', key, hash: content.hashes[`s:${key}`] },
      {
        sv: {
          ...fields,
          municipality: municipality ? (ids.municipalities.get(municipality) as string) : null,
          title: title.sv,
          text: text.sv,
          _status: 'published',
        },
        en: { title: title.en, text: text.en, _status: 'published' },
      },
    )
  }
}
