import type { Payload } from 'payload'

import { stockholmDatePlus, stockholmWallTime } from '../../core/domain/stockholmTime'
import type { Markdown, OrganisationIds, SeedContent, SeedLocale } from './model'
import { type SeedReport, seedBothLocales } from './upsert'

export async function seedEvents(
  payload: Payload,
  content: SeedContent,
  ids: OrganisationIds,
  mediaIds: Map<string, string>,
  markdown: Markdown,
  report: SeedReport,
  now: Date,
) {
  for (const evening of content.evenings) {
    const { key, municipality, team, inDays, time, topic, description, accessibilityNotes, ...fields } =
      evening
    const localized = (locale: SeedLocale) => ({
      topic: topic[locale],
      description: description[locale],
      accessibilityNotes: accessibilityNotes?.[locale],
    })
    await seedBothLocales(
      payload,
      report,
      { collection: 'info-evenings', key, hash: content.hashes[`e:${key}`] },
      {
        sv: {
          ...fields,
          municipality: ids.municipalities.get(municipality) as string,
          organizingTeam: ids.teams.get(team) as string,
          startsAt: stockholmWallTime(stockholmDatePlus(now, inDays), time).toISOString(),
          status: 'open',
          _status: 'published',
          ...localized('sv'),
        },
        en: { ...localized('en'), _status: 'published' },
      },
    )
  }
  for (const campaign of content.campaigns) {
    const { key, startsInDays, endsInDays, municipalities, image, title, ctaLabel, message, ...fields } =
      campaign
    const day = 24 * 60 * 60 * 1000
    const localized = (locale: SeedLocale) => ({
      title: title[locale],
      ctaLabel: ctaLabel[locale],
      message: markdown(message[locale]),
    })
    await seedBothLocales(
      payload,
      report,
      { collection: 'campaigns', key, hash: content.hashes[`c:${key}`] },
      {
        sv: {
          ...fields,
          municipalities: municipalities.map(
            (municipality) => ids.municipalities.get(municipality) as string,
          ),
          startsAt: new Date(now.getTime() + startsInDays * day).toISOString(),
          endsAt: new Date(now.getTime() + endsInDays * day).toISOString(),
          heroImage: (image && mediaIds.get(image)) || null,
          _status: 'published',
          ...localized('sv'),
        },
        en: { ...localized('en'), _status: 'published' },
      },
    )
  }
}
