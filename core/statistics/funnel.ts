import { ASIDE, MAIN_LINE } from '../domain/pipeline'
import type { HistoryFact } from './facts'
import type { Funnel } from './report'

/** The steps a funnel counts: the main line after `new`. */
export const FUNNEL_STEPS = MAIN_LINE.interest.slice(1)
export const ENDINGS = ASIDE.interest

/** How far along the main line a status history ever got (0 for `new` or only stepping aside). */
export const furthestStep = (history: HistoryFact[]) =>
  Math.max(0, ...history.map((entry) => MAIN_LINE.interest.indexOf(entry.status)))

/** Registrations grouped by how far they got (`step`, the index on the main line) and where they stand. */
export type FunnelGroup = { step: number; status: string; count: number }

/** The funnel from grouped counts: a step counts every group that got at least that far. */
export function funnelFromGroups(groups: FunnelGroup[]): Funnel {
  const total = (keep: (group: FunnelGroup) => boolean) =>
    groups.filter(keep).reduce((sum, group) => sum + group.count, 0)
  return {
    steps: FUNNEL_STEPS.map((status, index) => ({
      status,
      reached: total((group) => group.step >= index + 1),
    })),
    endings: ENDINGS.map((key) => ({ key, count: total((group) => group.status === key) })),
  }
}

/**
 * How far registrations got, from their status history: a registration reached a step when its
 * history holds that step or a later one (a booking moves `new` straight to an evening, past
 * `contacted`), so each step counts no more than the one before. Endings are where the stepped-aside
 * ones stand now (paused, withdrawn, not suitable), each listed even at zero.
 */
export const funnelOf = (facts: { status: string; history: HistoryFact[] }[]): Funnel =>
  funnelFromGroups(facts.map((fact) => ({ step: furthestStep(fact.history), status: fact.status, count: 1 })))
