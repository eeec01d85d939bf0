import type { Payload } from 'payload'

import type { OrganisationIds, SeedMunicipality, SeedOrganisation } from './model'
import { type SeedReport, seedContext as context, upsertSeeded, writeBothLocales } from './upsert'

/** Municipalities first (teams point to them), then teams, then each municipality's fallback team. */
export async function seedOrganisation(
  payload: Payload,
  organisation: SeedOrganisation & { hashes: Record<string, string> },
  report: SeedReport,
): Promise<OrganisationIds> {
  const ids: OrganisationIds = { municipalities: new Map(), teams: new Map() }
  const written: SeedMunicipality[] = []
  for (const municipality of organisation.municipalities) {
    const { intro, fallbackTeam: _, key, ...fields } = municipality
    const { id, action } = await upsertSeeded(
      payload,
      'municipalities',
      key,
      organisation.hashes[`m:${key}`],
      report,
      async (existingId, seed) => {
        return writeBothLocales(
          payload,
          'municipalities',
          existingId,
          { ...fields, intro: intro.sv, seed },
          { intro: intro.en },
        )
      },
    )
    ids.municipalities.set(key, id)
    if (action === 'create' || action === 'update') written.push(municipality)
  }
  for (const team of organisation.teams) {
    const { name, publicContact, municipalities, key, ...fields } = team
    const { id } = await upsertSeeded(
      payload,
      'teams',
      key,
      organisation.hashes[`t:${key}`],
      report,
      async (existingId, seed) => {
        const data = {
          ...fields,
          name: name.sv,
          municipalities: municipalities.map(
            (municipality) => ids.municipalities.get(municipality) as string,
          ),
          publicContact: { ...publicContact, hours: publicContact.hours.sv },
          active: true,
          seed,
        }
        return writeBothLocales(payload, 'teams', existingId, data, {
          name: name.en,
          publicContact: { ...publicContact, hours: publicContact.hours.en },
        })
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
