import type { Payload } from 'payload'

import type { Service } from '../../core/domain/organisation'
import { stockholmDatePlus, stockholmWallTime } from '../../core/domain/stockholmTime'
import type { SeedContent, SeedLocale } from './content'
import type { OrganisationIds } from './organisation'
import type { Markdown } from './seedPortal'
import { type SeedReport, upsertSeeded, writeBothLocales } from './upsert'

type Localized = Record<SeedLocale, string>

/** Dates are relative to the day of seeding, so the demo always has upcoming evenings. */
export type SeedEvening = {
  key: string
  municipality: string
  team: string
  inDays: number
  time: string
  durationMinutes: number
  online: boolean
  place?: string
  /** For an online evening: the meeting link, e-mailed to confirmed bookers only. */
  onlineLink?: string
  accessibilityNotes?: Localized
  language: 'sv' | 'en' | 'sv-interpreted'
  capacity: number
  topic: Localized
  description: Localized
}

export type SeedCampaign = {
  key: string
  slug: string
  startsInDays: number
  endsInDays: number
  services: Service[]
  municipalities: string[]
  channels: ('social-media' | 'print' | 'screens' | 'schools' | 'events' | 'partners')[]
  showOnHome: boolean
  title: Localized
  ctaLabel: Localized
  message: Localized
}

export async function seedEvents(
  payload: Payload,
  content: SeedContent,
  ids: OrganisationIds,
  markdown: Markdown,
  report: SeedReport,
  now: Date,
) {
  for (const evening of content.evenings) {
    const { key, municipality, team, inDays, time, topic, description, accessibilityNotes, ...fields } = evening
    await upsertSeeded(payload, 'info-evenings', key, content.hashes[`e:${key}`], report, async (existingId, seed) => {
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
      return writeBothLocales(payload, 'info-evenings', existingId, { ...data, ...localized('sv') }, { ...localized('en'), _status: 'published' })
    })
  }
  for (const campaign of content.campaigns) {
    const { key, startsInDays, endsInDays, municipalities, title, ctaLabel, message, ...fields } = campaign
    await upsertSeeded(payload, 'campaigns', key, content.hashes[`c:${key}`], report, async (existingId, seed) => {
      const day = 24 * 60 * 60 * 1000
      const data = {
        ...fields,
        municipalities: municipalities.map((municipality) => ids.municipalities.get(municipality) as string),
        startsAt: new Date(now.getTime() + startsInDays * day).toISOString(),
        endsAt: new Date(now.getTime() + endsInDays * day).toISOString(),
        _status: 'published' as const,
        seed,
      }
      const localized = (locale: SeedLocale) => ({ title: title[locale], ctaLabel: ctaLabel[locale], message: markdown(message[locale]) })
      return writeBothLocales(payload, 'campaigns', existingId, { ...data, ...localized('sv') }, { ...localized('en'), _status: 'published' })
    })
  }
}
