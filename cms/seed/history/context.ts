import type { FormKind } from '../../../core/domain/organisation'
import { newReference } from '../../../core/domain/reference'
import { stockholmDatePlus, stockholmWallTime } from '../../../core/domain/stockholmTime'
import type { EveningBook } from './evenings'
import { followUpFields } from './followUp'
import type { HistoryWorld } from './model'
import type { Random } from './random'
import type { Timeline } from './timeline'

/** What generating one submission draws on: the world, the random source, the evenings' seats. */
export type Context = {
  world: HistoryWorld
  random: Random
  book: EveningBook
  references: Set<string>
}

/** A reference in the real format, never one already handed out. */
export function uniqueReference({ random, references }: Context): string {
  let reference = newReference((max) => random.int(0, max - 1))
  while (references.has(reference)) reference = newReference((max) => random.int(0, max - 1))
  references.add(reference)
  return reference
}

export const teamOf = (ctx: Context, id: string) => ctx.world.teams.find((team) => team.id === id)

/** Who acts for a team on a kind of submission: its demo member, else the demo admin. */
export const actorFor = (ctx: Context, team: string | undefined, kind: FormKind) =>
  (team && teamOf(ctx, team)?.members[kind]) || ctx.world.admin

const NEXT_ACTIONS = ['Ringa upp', 'Boka hembesök', 'Skicka information om uppdraget', 'Följa upp referenser']
const WORKING = ['contacted', 'information-evening', 'assessment', 'approved']

/** The case-work and follow-up fields every generated submission ends with. */
export function caseFields(ctx: Context, timeline: Timeline, kind: FormKind, team: string | undefined) {
  const { random, world } = ctx
  const member = team ? (teamOf(ctx, team)?.members[kind] ?? null) : null
  const working = WORKING.includes(timeline.status) && random.chance(0.35)
  const last = timeline.last.toISOString()
  return {
    status: timeline.status,
    history: timeline.history,
    contactLog: timeline.contactLog,
    responsible: member && timeline.status !== 'new' && random.chance(0.7) ? member : null,
    nextAction: working ? random.pick(NEXT_ACTIONS) : null,
    nextActionAt: working
      ? stockholmWallTime(stockholmDatePlus(world.now, random.int(1, 14)), '09:00').toISOString()
      : null,
    ...followUpFields(timeline, world.now),
    createdAt: timeline.createdAt.toISOString(),
    updatedAt: last,
  }
}
