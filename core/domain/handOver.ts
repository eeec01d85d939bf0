import type { FormKind } from './organisation'

/** The longest reason kept in the history: a sentence or two, not a case note. */
export const MAX_REASON_LENGTH = 500

/** What a hand-over needs to know of a team; the CMS maps its documents to this shape. */
export type HandOverTeam = {
  id: string
  active: boolean
  municipalities: string[]
  forms: FormKind[]
  services: string[]
}

/** A registration or an application as a hand-over sees it. */
export type HandOverRecord = {
  kind: FormKind
  municipality: string
  routedTeams: string[]
  /** What the person asked for: a registration's services, an application's one service. */
  services: string[]
}

/**
 * The teams a record may be handed to: active, working in its municipality (alone or in a
 * cooperation of municipalities), taking its kind of form, and not already holding it.
 */
export function handOverTargets(record: HandOverRecord, teams: HandOverTeam[]): HandOverTeam[] {
  return teams.filter(
    (team) =>
      team.active &&
      team.forms.includes(record.kind) &&
      team.municipalities.includes(record.municipality) &&
      !record.routedTeams.includes(team.id),
  )
}

/**
 * The record's routed teams once `from` (null: the central queue) has handed it to `to`.
 *
 * The receiving team takes over the services it handles; if it handles none of them, the record
 * was routed wrong and it takes over the whole. The handing team stays only while it handles one
 * of the person's services that did not move (a registration for a contact family and LSS, whose
 * LSS part is handed on, stays with the contact-family team); otherwise the receiving team takes
 * its place. Other routed teams are not touched.
 */
export function routedTeamsAfterHandOver(
  record: HandOverRecord,
  from: HandOverTeam | null,
  to: HandOverTeam,
): string[] {
  const taken = record.services.filter((service) => to.services.includes(service))
  const moved = taken.length ? taken : record.services
  const fromKeepsAPart = Boolean(
    from?.services.some((service) => record.services.includes(service) && !moved.includes(service)),
  )
  if (!from || fromKeepsAPart || !record.routedTeams.includes(from.id))
    return [...record.routedTeams.filter((id) => id !== to.id), to.id]
  return record.routedTeams.filter((id) => id !== to.id).map((id) => (id === from.id ? to.id : id))
}

export type HandingTeam =
  { ok: true; from: string | null } | { ok: false; reason: 'not-routed' | 'ambiguous' }

/**
 * Which routed team hands the record over. Staff hand over for one of their own teams that holds
 * it; an admin for any team that holds it, or from the central queue when none does. When more
 * than one team could be meant, the request has to say which.
 */
export function handingTeam(
  actor: { admin: boolean; teams: string[] },
  routedTeams: string[],
  requested?: string | null,
): HandingTeam {
  const candidates = actor.admin ? routedTeams : routedTeams.filter((id) => actor.teams.includes(id))
  if (requested) return candidates.includes(requested) ? { ok: true, from: requested } : notRouted
  if (actor.admin && routedTeams.length === 0) return { ok: true, from: null }
  if (candidates.length === 1) return { ok: true, from: candidates[0] }
  return candidates.length ? { ok: false, reason: 'ambiguous' } : notRouted
}

const notRouted = { ok: false, reason: 'not-routed' } as const
