import type { PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { teamIdsOf } from '../../access/teams'
import { idOf } from '../../collections/relations'

export type MunicipalityChoice = { id: string; name: string }

/**
 * The municipalities a staff member may narrow the statistics to: every one for an admin, else
 * those their teams work in (more than one only in a cooperation). Names and ids only.
 */
export async function municipalityChoices(req: PayloadRequest): Promise<MunicipalityChoice[]> {
  let ids: string[] | null = null
  if (!hasRole(req.user, 'admin')) {
    const { docs: teams } = await req.payload.find({
      collection: 'teams',
      where: { id: { in: teamIdsOf(req.user) } },
      depth: 0,
      pagination: false,
      select: { municipalities: true },
      req,
    })
    ids = [...new Set(teams.flatMap((team) => (team.municipalities ?? []).map(idOf)))]
  }
  const { docs } = await req.payload.find({
    collection: 'municipalities',
    where: ids ? { id: { in: ids } } : {},
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true },
    req,
  })
  return docs.map((municipality) => ({ id: String(municipality.id), name: municipality.name }))
}

/** The municipality in the URL, when it is one the user may choose; otherwise all of theirs. */
export const chosenMunicipality = (choices: MunicipalityChoice[], value: unknown): string | null =>
  choices.some((choice) => choice.id === value) ? (value as string) : null
