import type { PayloadRequest } from 'payload'

import type { RoutingMunicipality, RoutingTeam } from '../../core/domain/routing'
import { routingMunicipalityOf } from './Municipalities/routing'
import { routingTeam } from './Teams/routing'

/**
 * Teams and municipalities as routing sees them, kept in memory: every form post routes with
 * them, and they change a few times a year. A change on this instance is seen by the next post
 * (the collections' hooks call `forgetOrganisation`); another instance (several CMS instances on
 * MongoDB) reads them again at most `ORGANISATION_TTL_MS` later.
 */
export const ORGANISATION_TTL_MS = 30_000

/**
 * A hook forgets before the staff member's transaction commits, so what is read in the moment
 * after may still be the old state: for this long after a change, reads are used but not kept.
 */
const UNCOMMITTED_MS = 5_000

export type Organisation = { teams: RoutingTeam[]; municipalities: Map<string, RoutingMunicipality> }

let kept: { organisation: Promise<Organisation>; until: number } | undefined
let forgottenAt = -Infinity

/** Drops what is kept, so the next post reads teams and municipalities again. */
export function forgetOrganisation(): void {
  kept = undefined
  forgottenAt = Date.now()
}

/** For the teams' and municipalities' afterChange and afterDelete hooks. */
export const forgetOrganisationOnChange = <T>({ doc }: { doc: T }): T => {
  forgetOrganisation()
  return doc
}

async function load(req: PayloadRequest): Promise<Organisation> {
  const [teams, municipalities] = await Promise.all([
    req.payload.find({
      collection: 'teams',
      where: { active: { equals: true } },
      depth: 0,
      pagination: false,
    }),
    req.payload.find({ collection: 'municipalities', depth: 0, pagination: false }),
  ])
  return {
    teams: teams.docs.map(routingTeam),
    municipalities: new Map(municipalities.docs.map((m) => [String(m.id), routingMunicipalityOf(m)])),
  }
}

/** The active teams and every municipality, from memory when recent enough. */
export function organisation(req: PayloadRequest): Promise<Organisation> {
  const now = Date.now()
  if (kept && kept.until > now) return kept.organisation
  const loaded = load(req)
  if (now - forgottenAt > UNCOMMITTED_MS) {
    kept = { organisation: loaded, until: now + ORGANISATION_TTL_MS }
    // A failed read is not kept: the next post tries again.
    loaded.catch(() => {
      if (kept?.organisation === loaded) kept = undefined
    })
  }
  return loaded
}
