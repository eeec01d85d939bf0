import type { CollectionSlug, Payload, Where } from 'payload'

import {
  AT_RISK_AFTER_DAYS,
  FINISHED_STATUSES,
  REMIND_AFTER_WORKING_DAYS,
  followUpActions,
} from '../../core/domain/followUp'
import { remindOfNextAction } from '../../core/domain/caseWork'
import { NOT_ANONYMISED } from '../access/teams'
import { nextActionReminder, teamReminder } from '../mail/messages'
import { idOf } from '../collections/relations'
import { queueEmail } from '../mail/outbox'
import { adminUrl } from '../urls'
import { scheduledTask } from './taskConfig'

const COLLECTIONS = ['interest-registrations', 'applications'] as const satisfies CollectionSlug[]

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

/** The teams or people a reminder goes to, with names in Swedish as staff mail is; none named, no query. */
async function recipients<Slug extends 'teams' | 'users'>(
  payload: Payload,
  collection: Slug,
  ids: Iterable<string>,
) {
  const list = [...ids]
  if (!list.length) return []
  const where: Where = { id: { in: list } }
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false, locale: 'sv' })
  return docs
}

/**
 * Only what could be due: never reminded and unchanged for at least 3 calendar days (3 working
 * days are never fewer), or not yet flagged and unchanged for 30. `followUpActions` decides.
 */
const candidates = (now: Date): Where => ({
  and: [
    NOT_ANONYMISED,
    { status: { not_in: [...FINISHED_STATUSES] } },
    {
      or: [
        {
          and: [
            { untouched: { equals: true } },
            { remindedAt: { exists: false } },
            { lastChangeAt: { less_than_equal: daysBefore(now, REMIND_AFTER_WORKING_DAYS) } },
          ],
        },
        {
          and: [
            { atRisk: { not_equals: true } },
            { lastChangeAt: { less_than_equal: daysBefore(now, AT_RISK_AFTER_DAYS) } },
          ],
        },
      ],
    },
  ],
})

/**
 * Reminds each team, in one message per team, of what nobody has acted on for three working days,
 * and flags what has not changed for thirty days. Returns how many of each it did.
 */
export async function runFollowUp(
  payload: Payload,
  now: Date,
): Promise<{ reminded: number; flagged: number }> {
  let reminded = 0
  let flagged = 0
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: candidates(now),
      depth: 0,
      pagination: false,
      select: {
        reference: true,
        status: true,
        untouched: true,
        createdAt: true,
        lastChangeAt: true,
        remindedAt: true,
        atRisk: true,
        routedTeams: true,
      },
    })
    const byTeam = new Map<string, string[]>()
    for (const doc of docs) {
      const { remind, flagAtRisk } = followUpActions(doc, now)
      if (!remind && !flagAtRisk) continue
      if (remind)
        for (const team of (doc.routedTeams ?? []).map(idOf))
          byTeam.set(team, [...(byTeam.get(team) ?? []), doc.reference])
      await payload.update({
        collection,
        id: doc.id,
        data: {
          ...(remind ? { remindedAt: now.toISOString() } : {}),
          ...(flagAtRisk ? { atRisk: true } : {}),
        },
        depth: 0,
      })
      reminded += remind ? 1 : 0
      flagged += flagAtRisk ? 1 : 0
    }
    for (const team of await recipients(payload, 'teams', byTeam.keys())) {
      if (!team.notificationAddress) continue
      await queueEmail(payload, {
        key: `reminder:${collection}:${team.id}:${now.toISOString()}`,
        kind: 'team-reminder',
        to: team.notificationAddress,
        ...teamReminder({
          teamName: team.name,
          references: byTeam.get(String(team.id)) ?? [],
          adminUrl: adminUrl(collection),
        }),
      })
    }
  }
  return { reminded, flagged }
}

/**
 * Reminds each responsible person, in one message, of the cases whose next action is past its
 * date, once per due date. Returns how many cases it reminded of.
 */
export async function remindResponsible(payload: Payload, now: Date): Promise<number> {
  const byPerson = new Map<string, { reference: string; url: string }[]>()
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          NOT_ANONYMISED,
          { status: { not_in: [...FINISHED_STATUSES] } },
          { responsible: { exists: true } },
          { nextActionAt: { less_than: now.toISOString() } },
        ],
      },
      depth: 0,
      pagination: false,
      select: { reference: true, responsible: true, nextActionAt: true, nextActionRemindedFor: true },
    })
    for (const doc of docs) {
      if (!doc.responsible || !remindOfNextAction(doc, now)) continue
      const person = idOf(doc.responsible)
      const item = { reference: doc.reference, url: adminUrl(collection, String(doc.id)) }
      byPerson.set(person, [...(byPerson.get(person) ?? []), item])
      await payload.update({
        collection,
        id: doc.id,
        data: { nextActionRemindedFor: doc.nextActionAt },
        depth: 0,
      })
    }
  }
  for (const person of await recipients(payload, 'users', byPerson.keys()))
    await queueEmail(payload, {
      key: `next-action:${person.id}:${now.toISOString()}`,
      kind: 'next-action-reminder',
      to: person.email,
      ...nextActionReminder({ cases: byPerson.get(String(person.id)) ?? [] }),
    })
  return [...byPerson.values()].reduce((sum, cases) => sum + cases.length, 0)
}

/** Hourly, so a reminder goes out on the morning it falls due. */
export const FollowUpTask = scheduledTask({
  slug: 'followUpReminders',
  label: 'Remind teams of submissions nobody has acted on',
  cron: '0 5 * * * *',
  run: async (payload, now) => {
    const { reminded, flagged } = await runFollowUp(payload, now)
    const overdue = await remindResponsible(payload, now)
    return `followUp: ${reminded} reminded, ${flagged} flagged at risk, ${overdue} overdue next actions`
  },
})
