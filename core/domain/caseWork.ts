import { stockholmDatePlus } from './stockholmTime'

/** What a staff member writes in a submission's contact log: one line per attempt, talk or note. */
export const CONTACT_KINDS = ['call-attempt', 'reached', 'note', 'email-sent'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]

export type ContactEntry = {
  id?: string | null
  kind: string
  note?: string | null
  at?: string | null
  by?: string | null
}

export type ContactLogChange =
  { ok: true; log: ContactEntry[]; added: number } | { ok: false; refused: 'edited' | 'removed' }

/**
 * The contact log as it may be stored after a change: a new entry gets the time and the signed-in
 * user from the server, whatever the client sent; a stored entry keeps its time and author, and
 * only an admin may change its kind or note or remove it.
 */
export function changeContactLog(
  stored: ContactEntry[],
  sent: ContactEntry[],
  who: { by: string; admin: boolean; at: Date },
): ContactLogChange {
  const storedById = new Map(stored.map((entry) => [entry.id, entry]))
  const sentIds = new Set(sent.map((entry) => entry.id).filter(Boolean))
  if (!who.admin && stored.some((entry) => !sentIds.has(entry.id))) return { ok: false, refused: 'removed' }
  let added = 0
  const log: ContactEntry[] = []
  for (const entry of sent) {
    const before = entry.id ? storedById.get(entry.id) : undefined
    if (!before) {
      added += 1
      log.push({ ...entry, at: who.at.toISOString(), by: who.by })
      continue
    }
    const edited = before.kind !== entry.kind || (before.note ?? '') !== (entry.note ?? '')
    if (edited && !who.admin) return { ok: false, refused: 'edited' }
    log.push({ ...entry, at: before.at, by: before.by })
  }
  return { ok: true, log, added }
}

/** A history entry as the untouched rule reads it: a hand-over names the team it went to. */
type HistoryEntry = { by?: unknown; toTeam?: unknown; at?: string | null }

/**
 * Nobody has acted on a submission while it has no contact-log entry and no status change by
 * staff (the entry made on arrival, and moves made by the booking flow, have no author) since it
 * reached the team that holds it: a hand-over is new work for the receiving team, which must find
 * it in its queue and be reminded of it like any new arrival.
 */
export function isUntouched(doc: {
  history?: HistoryEntry[] | null
  contactLog?: { kind?: string; at?: string | null }[] | null
}): boolean {
  const handedAt = (doc.history ?? []).findLast((entry) => entry.toTeam)?.at
  const since = (at: string | null | undefined) => !handedAt || !at || at > handedAt
  return (
    !(doc.contactLog ?? []).some((entry) => since(entry.at)) &&
    !(doc.history ?? []).some((entry) => entry.by && !entry.toTeam && since(entry.at))
  )
}

/** A date's day on Stockholm's calendar (YYYY-MM-DD). */
const dayOf = (instant: Date) => stockholmDatePlus(instant, 0)

/** The next action was due on an earlier day than today in Stockholm. */
export const isOverdue = (nextActionAt: string | null | undefined, now: Date): boolean =>
  Boolean(nextActionAt) && dayOf(new Date(nextActionAt as string)) < dayOf(now)

/** The next action is due today or earlier (what a staff member's day starts with). */
export const isDue = (nextActionAt: string | null | undefined, now: Date): boolean =>
  Boolean(nextActionAt) && dayOf(new Date(nextActionAt as string)) <= dayOf(now)

/**
 * Who may hold a submission: an admin, or staff in the role that works it and in one of the
 * teams it was routed to (so the responsible person can always open it).
 */
export function mayBeResponsible(
  person: { roles: readonly string[]; teams: readonly string[] },
  submission: { role: string; routedTeams: readonly string[] },
): boolean {
  if (person.roles.includes('admin')) return true
  return (
    person.roles.includes(submission.role) &&
    person.teams.some((team) => submission.routedTeams.includes(team))
  )
}

/** The responsible person is reminded once per due date, the day after it has passed unfinished. */
export const remindOfNextAction = (
  state: { nextActionAt?: string | null; nextActionRemindedFor?: string | null },
  now: Date,
): boolean => isOverdue(state.nextActionAt, now) && state.nextActionRemindedFor !== state.nextActionAt
