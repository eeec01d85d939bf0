import { randomUUID } from 'node:crypto'
import {
  type Payload,
  type Where,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
} from 'payload'

import {
  type AnonymisedKind,
  type FieldShape,
  anonymisedChange,
  anonymousReference,
} from '../../core/domain/anonymise'
import { checkpointAfterErasure } from '../config/adapter'
import {
  type DeletedKind,
  type DeletionRule,
  INTEREST_ENDED,
  type RetentionSchedule,
  retentionCutoffs,
  retentionDefaults,
  scheduleFor,
} from '../../core/domain/retention'
import { NOT_ANONYMISED } from '../access/teams'
import { idOf } from '../collections/relations'
import type { RetentionContext } from '../hooks/recordDeletion'
import { retentionEscalation } from '../mail/messages'
import { queueEmail } from '../mail/outbox'
import { adminUrl } from '../urls'
import { scheduledTask } from './taskConfig'

type Cutoffs = ReturnType<typeof retentionCutoffs>
type Deletable = AnonymisedKind | 'outbox'
/** Per collection, what was anonymised (the outbox: deleted); then what went past the statistics horizon. */
type Counts = Record<Deletable | 'pastHorizon' | 'escalated', number>

const KIND_OF: Record<AnonymisedKind, DeletedKind> = {
  applications: 'application',
  'interest-registrations': 'interest-registration',
  bookings: 'booking',
}

const inMunicipality = (municipality: string | null): Where =>
  municipality ? { municipality: { equals: municipality } } : { municipality: { exists: false } }

/** `field` before the cutoff; a record from before the field existed goes by `fallback` instead. */
const before = (field: string, fallback: string, cutoff: string): Where => ({
  or: [
    { [field]: { less_than: cutoff } },
    { and: [{ [field]: { exists: false } }, { [fallback]: { less_than: cutoff } }] },
  ],
})

/** Deletes what `where` finds, each leaving a deletion record that names `rule`; returns how many. */
async function remove(payload: Payload, collection: Deletable, rule: DeletionRule, where: Where) {
  const context: RetentionContext = { retentionRule: rule }
  const result = await payload.delete({ collection, where, depth: 0, context })
  if (result.errors.length)
    throw new Error(`retention: ${result.errors.length} ${collection} deletions failed; will retry`)
  return result.docs.length
}

/** The collection's fields that hold data, as anonymising erases them. */
function fieldsOf(payload: Payload, collection: AnonymisedKind): FieldShape[] {
  return payload.collections[collection].config.flattenedFields
    .filter((field) => field.type !== 'join')
    .map((field) => ({
      name: field.name,
      many: field.type === 'array' || ('hasMany' in field && Boolean(field.hasMany)),
    }))
}

/**
 * Anonymises what `where` finds and was not anonymised yet, each with its gallring-log record in
 * the same transaction; returns how many. Written below the hooks: the erased fields are required
 * of what people submit, not of what gallring leaves.
 */
async function anonymise(
  payload: Payload,
  collection: AnonymisedKind,
  rule: DeletionRule,
  municipality: string,
  where: Where,
  now: Date,
) {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, NOT_ANONYMISED] },
    depth: 0,
    pagination: false,
  })
  const fields = fieldsOf(payload, collection)
  for (const doc of docs) {
    const req = await createLocalReq({}, payload)
    const shouldCommit = await initTransaction(req)
    try {
      const row = doc as unknown as Record<string, unknown>
      const change = anonymisedChange(collection, row, fields, {
        now,
        reference: anonymousReference(randomUUID()),
      })
      // The whole row, changed: SQLite's upsert checks every required column, not only the changed ones.
      await payload.db.updateOne({
        collection,
        id: doc.id,
        data: { ...row, ...change },
        req,
        returning: false,
      })
      await payload.create({
        collection: 'deletion-records',
        data: {
          reference: doc.reference,
          kind: KIND_OF[collection],
          erasure: 'anonymised',
          rule,
          deletedAt: new Date().toISOString(),
          municipality,
        },
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  }
  return docs.length
}

/** The evenings of a municipality that ended before the cutoff: their bookings are due. */
async function eveningsBefore(payload: Payload, municipality: string, before: string) {
  const { docs } = await payload.find({
    collection: 'info-evenings',
    where: { and: [inMunicipality(municipality), { startsAt: { less_than: before } }] },
    depth: 0,
    pagination: false,
    select: {},
  })
  return docs.map((evening) => String(evening.id))
}

/** What one municipality's schedule says is due; a received application is anonymised only once closed. */
async function anonymiseDue(payload: Payload, municipality: string, cut: Cutoffs, counts: Counts, now: Date) {
  const here = inMunicipality(municipality)
  counts.applications += await anonymise(
    payload,
    'applications',
    'application-closed',
    municipality,
    {
      and: [here, { status: { equals: 'closed' } }, { closedAt: { less_than: cut.applicationClosedBefore } }],
    },
    now,
  )
  counts['interest-registrations'] += await anonymise(
    payload,
    'interest-registrations',
    'interest-ended',
    municipality,
    {
      and: [
        here,
        { status: { in: [...INTEREST_ENDED] } },
        before('endedAt', 'lastChangeAt', cut.interestEndedBefore),
      ],
    },
    now,
  )
  counts['interest-registrations'] += await anonymise(
    payload,
    'interest-registrations',
    'interest-inactive',
    municipality,
    {
      and: [here, before('lastChangeAt', 'createdAt', cut.interestInactiveBefore)],
    },
    now,
  )
  const evenings = await eveningsBefore(payload, municipality, cut.bookingEveningBefore)
  if (evenings.length)
    counts.bookings += await anonymise(
      payload,
      'bookings',
      'booking-after-evening',
      municipality,
      {
        evening: { in: evenings },
      },
      now,
    )
}

/** Anonymised records that arrived (bookings: whose evening was) before the statistics horizon: deleted. */
async function deletePastHorizon(payload: Payload, municipality: string, cut: Cutoffs, counts: Counts) {
  const anonymised: Where = { anonymisedAt: { exists: true } }
  const here = inMunicipality(municipality)
  const old = { createdAt: { less_than: cut.statisticsHorizonBefore } }
  for (const collection of ['applications', 'interest-registrations'] as const)
    counts.pastHorizon += await remove(payload, collection, 'statistics-horizon', {
      and: [here, anonymised, old],
    })
  const evenings = await eveningsBefore(payload, municipality, cut.statisticsHorizonBefore)
  if (evenings.length)
    counts.pastHorizon += await remove(payload, 'bookings', 'statistics-horizon', {
      and: [anonymised, { evening: { in: evenings } }],
    })
}

/** Sent or failed e-mail past its schedule's time (a queued message is still to be sent). */
async function deleteOldMail(payload: Payload, municipality: string | null, cut: Cutoffs, counts: Counts) {
  counts.outbox += await remove(payload, 'outbox', 'outbox-age', {
    and: [
      inMunicipality(municipality),
      { status: { not_equals: 'queued' } },
      { createdAt: { less_than: cut.outboxBefore } },
    ],
  })
}

/** Open applications at their longest time, not escalated in the last week: never deleted, escalated. */
async function dueForEscalation(payload: Payload, municipality: string, cut: Cutoffs) {
  const { docs } = await payload.find({
    collection: 'applications',
    where: {
      and: [
        inMunicipality(municipality),
        { status: { not_equals: 'closed' } },
        { createdAt: { less_than: cut.escalateArrivedBefore } },
        {
          or: [{ escalatedAt: { exists: false } }, { escalatedAt: { less_than: cut.escalatedBefore } }],
        },
      ],
    },
    depth: 0,
    pagination: false,
    select: { reference: true, routedTeams: true },
  })
  return docs
}

type Escalated = Awaited<ReturnType<typeof dueForEscalation>>[number]

/** One e-mail per routed team's address and per admin, listing each of their escalated applications. */
async function escalate(payload: Payload, applications: Escalated[], now: Date) {
  if (!applications.length) return
  const teamIds = [...new Set(applications.flatMap((doc) => (doc.routedTeams ?? []).map(idOf)))]
  const [{ docs: teams }, { docs: admins }] = await Promise.all([
    payload.find({ collection: 'teams', where: { id: { in: teamIds } }, depth: 0, pagination: false }),
    payload.find({ collection: 'users', where: { roles: { in: ['admin'] } }, depth: 0, pagination: false }),
  ])
  const item = (doc: Escalated) => ({
    reference: doc.reference,
    url: adminUrl('applications', String(doc.id)),
  })
  const recipients = [
    ...teams.flatMap((team) =>
      team.notificationAddress
        ? [
            {
              to: team.notificationAddress,
              cases: applications.filter((doc) =>
                (doc.routedTeams ?? []).map(idOf).includes(String(team.id)),
              ),
            },
          ]
        : [],
    ),
    ...admins.map((admin) => ({ to: admin.email, cases: applications })),
  ]
  for (const { to, cases } of recipients)
    await queueEmail(payload, {
      key: `escalation:${to}:${now.toISOString()}`,
      kind: 'retention-escalation',
      to,
      ...retentionEscalation({ cases: cases.map(item) }),
    })
  for (const doc of applications)
    await payload.update({
      collection: 'applications',
      id: doc.id,
      data: { escalatedAt: now.toISOString() },
      depth: 0,
    })
}

/**
 * The nightly retention run: each municipality's schedule (its own settings, the environment's
 * defaults for the rest) anonymises what ended long enough ago, so statistics keep counting it,
 * and deletes what is anonymised once it is past the statistics horizon, and old e-mail; every
 * erasure leaves a gallring-log record. Applications nobody closed are escalated instead. Then SQLite's log of old copies is
 * emptied (also of what admins deleted by hand since the last run). Returns counts only.
 */
export async function applyRetention(payload: Payload, now: Date): Promise<Counts> {
  const counts: Counts = {
    applications: 0,
    'interest-registrations': 0,
    bookings: 0,
    outbox: 0,
    pastHorizon: 0,
    escalated: 0,
  }
  const defaults = retentionDefaults()
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    depth: 0,
    pagination: false,
    select: { retention: true },
  })
  const escalated: Escalated[] = []
  for (const municipality of municipalities) {
    const cut = retentionCutoffs(
      now,
      scheduleFor(municipality.retention as Partial<RetentionSchedule>, defaults),
    )
    await anonymiseDue(payload, String(municipality.id), cut, counts, now)
    await deletePastHorizon(payload, String(municipality.id), cut, counts)
    await deleteOldMail(payload, String(municipality.id), cut, counts)
    escalated.push(...(await dueForEscalation(payload, String(municipality.id), cut)))
  }
  await deleteOldMail(payload, null, retentionCutoffs(now, defaults), counts)
  await escalate(payload, escalated, now)
  counts.escalated = escalated.length
  await checkpointAfterErasure(payload)
  return counts
}

/** Nightly: whatever each municipality's retention schedule says is due. */
export const RetentionTask = scheduledTask({
  slug: 'applyRetention',
  label:
    'Anonymise what is past its retention time, delete what is past the statistics horizon; escalate applications nobody closed',
  cron: '0 30 2 * * *',
  run: async (payload, now) => {
    const done = await applyRetention(payload, now)
    return `retention: anonymised ${done.applications} applications, ${done['interest-registrations']} interest registrations and ${done.bookings} bookings; deleted ${done.pastHorizon} anonymised records past the statistics horizon and ${done.outbox} outbox messages; escalated ${done.escalated} applications`
  },
})
