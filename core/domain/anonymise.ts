/**
 * Gallring of what statistics count: at the retention cut-off a registration, application or
 * booking is not deleted but anonymised. Every field is erased except the ones below, which hold
 * only what a count needs (service, municipality, team, district, channel, campaign, dates and
 * statuses, attendance). A field not named here is erased, so a field added later is personal
 * until someone decides otherwise.
 */
export const ANONYMISED_KINDS = ['interest-registrations', 'applications', 'bookings'] as const
export type AnonymisedKind = (typeof ANONYMISED_KINDS)[number]

/** What a submission keeps: routing, pipeline dates and flags. `reference` is replaced, not kept. */
const SUBMISSION = [
  'status',
  'history',
  'contactLog',
  'municipality',
  'district',
  'consentAt',
  'routedTeams',
  'central',
  'lastChangeAt',
  'remindedAt',
  'untouched',
]

export const KEPT: Record<AnonymisedKind, readonly string[]> = {
  // The statistics' facts were worked out from the whole record; anonymising must not lose them.
  'interest-registrations': [...SUBMISSION, 'endedAt', 'services', 'channel', 'campaign', 'facts'],
  // The applicant's category (who, for whom, LSS) without who they are, and the statistics' facts.
  applications: [
    ...SUBMISSION,
    'closedAt',
    'escalatedAt',
    'applicant',
    'forWhom',
    'disability',
    'service',
    'facts',
  ],
  bookings: [
    'evening',
    'team',
    'status',
    'sequence',
    'seats',
    'services',
    'consentAt',
    'attendance',
    'interestRegistration',
    'reminderSentAt',
  ],
}

/**
 * What an array entry keeps: when and to which status (and whether staff or the person acted,
 * which time to first contact tells apart by the staff account), the contact's kind and time.
 * A hand-over's reason and a contact's note and author are free text and people: erased.
 */
export const KEPT_IN_ENTRIES: Record<string, readonly string[]> = {
  history: ['id', 'status', 'at', 'by', 'fromTeam', 'toTeam'],
  contactLog: ['id', 'kind', 'at'],
}

/** Columns that may not be empty: erased to an empty string rather than null. */
const NOT_NULL = ['name', 'email', 'phone', 'callTime']

/** Never erased: the row's identity and bookkeeping. */
const ROW = ['id', 'createdAt', 'updatedAt', 'anonymisedAt']

/** One field of a collection as the job sees it: its name, and whether it holds a list. */
export type FieldShape = { name: string; many: boolean }

type Row = Record<string, unknown>

const keptEntries = (entries: unknown, kept: readonly string[]) =>
  (Array.isArray(entries) ? (entries as Row[]) : []).map((entry) =>
    Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, kept.includes(key) ? value : null])),
  )

/**
 * The change that anonymises `row`: every field of `fields` that is not kept erased (lists emptied,
 * required texts emptied, the rest null), entries of kept lists reduced to their kept parts, a new
 * reference that points to nobody, the flag that staff should act dropped, and the time it was done.
 */
export function anonymisedChange(
  kind: AnonymisedKind,
  row: Row,
  fields: readonly FieldShape[],
  done: { now: Date; reference: string },
): Row {
  const kept = KEPT[kind]
  const change: Row = {}
  for (const { name, many } of fields) {
    if (ROW.includes(name)) continue
    if (name in KEPT_IN_ENTRIES && kept.includes(name))
      change[name] = keptEntries(row[name], KEPT_IN_ENTRIES[name])
    else if (!kept.includes(name)) change[name] = many ? [] : NOT_NULL.includes(name) ? '' : null
  }
  return {
    ...change,
    reference: done.reference,
    ...(kind === 'bookings' ? {} : { atRisk: false }),
    anonymisedAt: done.now.toISOString(),
  }
}

/** A reference for an anonymised record: unique, and derived from nothing the person was given. */
export const anonymousReference = (random: string) =>
  `ANON-${random.replace(/-/g, '').slice(0, 16).toUpperCase()}`
