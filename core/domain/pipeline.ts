import { label } from '../i18n/text'
import { type FormKind, table } from './organisation'

/** The follow-up pipeline of an interest registration, in the order a volunteer usually moves. */
export const INTEREST_STATUSES = table(
  [
    'new',
    'contacted',
    'information-evening',
    'assessment',
    'approved',
    'assigned',
    'paused',
    'withdrawn',
    'not-suitable',
  ],
  (key) => label(`domain.interestStatuses.${key}`),
)
export type InterestStatus = keyof typeof INTEREST_STATUSES

/** An application's short life in the portal: intake calls back, then closes it. */
export const APPLICATION_STATUSES = table(['new', 'contacted', 'closed'], (key) =>
  label(`domain.applicationStatuses.${key}`),
)

/** The main line of each pipeline, in order; the other statuses step aside from it. */
export const MAIN_LINE: Record<FormKind, readonly string[]> = {
  interest: ['new', 'contacted', 'information-evening', 'assessment', 'approved', 'assigned'],
  application: ['new', 'contacted', 'closed'],
}
export const ASIDE: Record<FormKind, readonly string[]> = {
  interest: ['paused', 'withdrawn', 'not-suitable'],
  application: [],
}
/** Where nothing more follows in the portal (reopening is the status field's, not a next step). */
const ENDED = ['withdrawn', 'not-suitable', 'closed']

/**
 * The statuses a case card offers from `status`, most likely first: the next step of the main
 * line, the later ones, then stepping aside (pause, withdrawn, not suitable). A paused
 * registration resumes at any step before the last; an ended one offers nothing.
 */
export function nextStatuses(kind: FormKind, status: string): string[] {
  if (ENDED.includes(status)) return []
  const line = MAIN_LINE[kind]
  const at = line.indexOf(status)
  const ahead = at >= 0 ? line.slice(at + 1) : line.slice(1, -1)
  return [...ahead, ...ASIDE[kind].filter((aside) => aside !== status)]
}

export type StatusChange = { status: string; at: string; by?: string | null }

/** Appends a history entry when the status changes (or on creation); otherwise leaves it as it is (entries kept as stored). */
export function recordStatus<Entry extends { status: string }>(
  history: Entry[] | null | undefined,
  previous: string | undefined,
  next: string,
  at: Date,
  by: string | null,
): (Entry | StatusChange)[] {
  const entries = history ?? []
  if (previous === next && entries.length) return entries
  return [...entries, { status: next, at: at.toISOString(), by }]
}

/**
 * Where a registration moves when its person books an evening or attends it. Only forward from
 * the early steps: a booking never pulls back someone already in assessment, paused or withdrawn.
 */
export function statusAfter(event: 'booked' | 'attended', current: string): InterestStatus | null {
  if (event === 'booked') return current === 'new' || current === 'contacted' ? 'information-evening' : null
  return current === 'information-evening' ? 'assessment' : null
}

/** A registration as the booking link sees it: whose it is and where it stands. */
export type RegistrationOfPerson = { id: string; routedTeams: string[]; status: string }

export type PipelineLink =
  | { kind: 'join'; id: string; status: InterestStatus | null }
  | { kind: 'create'; possibleDuplicates: string[] }

/**
 * How a booking joins the organising team's pipeline. The e-mail address typed into a public form
 * is a claim, not an identity: it may advance a registration the team already holds, never hand
 * the team another team's registration. Other teams' matches are only pointed out as duplicates.
 */
export function pipelineLinkFor(sameAddress: RegistrationOfPerson[], team: string): PipelineLink {
  const own = sameAddress.find((registration) => registration.routedTeams.includes(team))
  if (own) return { kind: 'join', id: own.id, status: statusAfter('booked', own.status) }
  return { kind: 'create', possibleDuplicates: sameAddress.map((registration) => registration.id) }
}

/**
 * Where attending an evening moves the registration a booking was linked to: only a registration
 * of the evening's organising team moves, so a booking can never reach into another team's work.
 */
export function statusAfterAttendance(
  registration: { routedTeams: string[]; status: string },
  team: string,
): InterestStatus | null {
  return registration.routedTeams.includes(team) ? statusAfter('attended', registration.status) : null
}
