import type { Payload } from 'payload'

import {
  type OrganisationIds,
  SEED_LOCALES,
  type SeedLocale,
  type SeedMunicipality,
  type SeedOrganisation,
} from './model'
import { type SeedReport, seedBothLocales, seedContext as context } from './upsert'

/**
 * A seed value with every `{ sv, en }` text replaced by its text in one language, as Payload
 * takes a localized field's value for one locale; everything else is kept as it is.
 */
export function inLocale(value: unknown, locale: SeedLocale): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (!value || typeof value !== 'object') return value
  const keys = Object.keys(value)
  if (keys.length === SEED_LOCALES.length && SEED_LOCALES.every((code) => keys.includes(code)))
    return (value as Record<SeedLocale, unknown>)[locale]
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inLocale(inner, locale)]))
}

/** Municipalities first (teams point to them), then teams, then each municipality's fallback team. */
export async function seedOrganisation(
  payload: Payload,
  organisation: SeedOrganisation & { hashes: Record<string, string> },
  report: SeedReport,
): Promise<OrganisationIds> {
  const ids: OrganisationIds = { municipalities: new Map(), teams: new Map() }
  const written: SeedMunicipality[] = []
  for (const municipality of organisation.municipalities) {
    const { intro, privacy, fallbackTeam: _, key, facts = {}, ...fields } = municipality
    const privacyIn = (locale: 'sv' | 'en') => ({ ...privacy, controller: privacy.controller[locale] })
    const { id, action } = await seedBothLocales(
      payload,
      report,
      { collection: 'municipalities', key, hash: organisation.hashes[`m:${key}`] },
      {
        sv: { ...fields, intro: intro.sv, privacy: privacyIn('sv'), facts: inLocale(facts, 'sv') },
        en: { intro: intro.en, privacy: privacyIn('en'), facts: inLocale(facts, 'en') },
      },
    )
    ids.municipalities.set(key, id)
    if (action === 'create' || action === 'update') written.push(municipality)
  }
  for (const team of organisation.teams) {
    const { name, publicContact, municipalities, key, ...fields } = team
    const { id } = await seedBothLocales(
      payload,
      report,
      { collection: 'teams', key, hash: organisation.hashes[`t:${key}`] },
      {
        sv: {
          ...fields,
          name: name.sv,
          municipalities: municipalities.map(
            (municipality) => ids.municipalities.get(municipality) as string,
          ),
          publicContact: { ...publicContact, hours: publicContact.hours.sv },
          active: true,
        },
        en: { name: name.en, publicContact: { ...publicContact, hours: publicContact.hours.en } },
      },
    )
    ids.teams.set(key, id)
  }
  for (const municipality of written) {
    await payload.update({
      collection: 'municipalities',
      id: ids.municipalities.get(municipality.key) as string,
      data: { fallbackTeam: ids.teams.get(municipality.fallbackTeam) },
      context,
    })
  }
  return ids
}
