import type { Payload } from 'payload'

import { stockholmDatePlus, stockholmWallTime } from '../../core/domain/stockholmTime'
import type { Markdown, OrganisationIds, SeedContent, SeedLocale } from './model'
import { type SeedReport, upsertSeeded, writeBothLocales } from './upsert'

export async function seedEvents(
  payload: Payload,
  content: SeedContent,
  ids: OrganisationIds,
  markdown: Markdown,
  report: SeedReport,
  now: Date,
) {
  for (const evening of content.evenings) {
    const { key, municipality, team, inDays, time, topic, description, accessibilityNotes, ...fields } =
      evening
    await upsertSeeded(
      payload,
      'info-evenings',
      key,
      content.hashes[`e:${key}`],
      report,
      async (existingId, seed) => {
        const data = {
          ...fields,
          municipality: ids.municipalities.get(municipality) as string,
          organizingTeam: ids.teams.get(team) as string,
          startsAt: stockholmWallTime(stockholmDatePlus(now, inDays), time).toISOString(),
          status: 'open' as const,
          _status: 'published' as const,
          seed,
        }
        const localized = (locale: SeedLocale) => ({
          topic: topic[locale],
          description: description[locale],
          accessibilityNotes: accessibilityNotes?.[locale],
        })
        return writeBothLocales(
          payload,
          'info-evenings',
          existingId,
          { ...data, ...localized('sv') },
          { ...localized('en'), _status: 'published' },
        )
      },
    )
  }
  for (const campaign of content.campaigns) {
    const { key, startsInDays, endsInDays, municipalities, title, ctaLabel, message, ...fields } = campaign
    await upsertSeeded(
      payload,
      'campaigns',
      key,
      content.hashes[`c:${key}`],
      report,
      async (existingId, seed) => {
        const day = 24 * 60 * 60 * 1000
        const data = {
          ...fields,
          municipalities: municipalities.map(
            (municipality) => ids.municipalities.get(municipality) as string,
          ),
          startsAt: new Date(now.getTime() + startsInDays * day).toISOString(),
          endsAt: new Date(now.getTime() + endsInDays * day).toISOString(),
          _status: 'published' as const,
          seed,
        }
        const localized = (locale: SeedLocale) => ({
          title: title[locale],
          ctaLabel: ctaLabel[locale],
          message: markdown(message[locale]),
        })
        return writeBothLocales(
          payload,
          'campaigns',
          existingId,
          { ...data, ...localized('sv') },
          { ...localized('en'), _status: 'published' },
        )
      },
    )
  }
}
