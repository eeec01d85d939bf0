import { describe, expect, it } from 'vitest'

import {
  type LedgerCollection,
  mongoSeatStoreOn,
} from '../../../../../cms/collections/SeatLedgers/mongoStore'
import { bookingOutcome } from '../../../../../core/domain/seats'
import { checkStoreAgainstRules } from '../../../../support/seatStoreCheck'

type Doc = Record<string, unknown>
type Expr = unknown

/** Evaluates the few aggregation operators the store's update pipelines use, on one document. */
function evaluate(expr: Expr, doc: Doc): unknown {
  if (typeof expr === 'string' && expr.startsWith('$')) return doc[expr.slice(1)]
  if (Array.isArray(expr) || typeof expr !== 'object' || expr === null) return expr
  const [[op, raw]] = Object.entries(expr)
  const args = (raw as Expr[]).map((arg) => evaluate(arg, doc)) as number[]
  switch (op) {
    case '$add':
      return args.reduce((sum, n) => sum + n, 0)
    case '$subtract':
      return args[0] - args[1]
    case '$max':
      return Math.max(...args)
    case '$lte':
      return args[0] <= args[1]
    case '$gt':
      return args[0] > args[1]
    case '$cond':
      return args[0] ? args[1] : args[2]
    default:
      throw new Error(`operator ${op} is not evaluated by this test`)
  }
}
const apply = (doc: Doc, update: object | object[]) => {
  if (!Array.isArray(update)) return { ...doc, ...(update as { $set: Doc }).$set }
  return update.reduce<Doc>(
    (current, stage) => ({
      ...current,
      ...Object.fromEntries(
        Object.entries((stage as { $set: Doc }).$set).map(([key, expr]) => [key, evaluate(expr, current)]),
      ),
    }),
    doc,
  )
}
const matches = (doc: Doc, filter: Record<string, unknown>) =>
  Object.entries(filter).every(([key, condition]) => {
    if (key === '$expr') return Boolean(evaluate(condition, doc))
    if (condition && typeof condition === 'object' && !(condition instanceof Date)) {
      const [[op, value]] = Object.entries(condition)
      return op === '$gt' ? (doc[key] as number) > (value as number) : false
    }
    return doc[key] === condition
  })

/** One ledger document in memory; every call is applied whole, as MongoDB applies it atomically. */
function fakeCollection(doc: Doc): LedgerCollection & { doc: Doc } {
  const state = { doc }
  return {
    get doc() {
      return state.doc
    },
    async findOneAndUpdate(filter, update) {
      if (!matches(state.doc, filter as Record<string, unknown>)) return null
      state.doc = apply(state.doc, update)
      return state.doc
    },
    async updateOne(filter, update) {
      if (!matches(state.doc, filter as Record<string, unknown>)) return { matchedCount: 0, modifiedCount: 0 }
      state.doc = apply(state.doc, update)
      return { matchedCount: 1, modifiedCount: 1 }
    },
    async findOne() {
      return state.doc
    },
  }
}

describe('the MongoDB seat store', () => {
  const later = new Date(Date.now() + 86_400_000)
  const ledger = (capacity: number) => ({
    eveningKey: 'e1',
    capacity,
    open: true,
    closesAt: later,
    seatsConfirmed: 0,
    held: 0,
    waitlistCount: 0,
    sequence: 0,
    lastConfirmed: false,
  })

  it('decides each claim exactly as the shared rule does, and numbers arrivals', async () => {
    const collection = fakeCollection(ledger(7))
    const store = mongoSeatStoreOn(collection, async () => true)
    const seats = [2, 2, 1, 2, 2, 1, 1, 2]
    for (const [index, wanted] of seats.entries()) {
      const before = (await store.read('e1'))!
      const now = new Date()
      expect(await store.claim('e1', wanted, now)).toEqual({
        outcome: bookingOutcome(before, wanted, now),
        sequence: index + 1,
      })
    }
    expect(collection.doc).toMatchObject({ seatsConfirmed: 7, waitlistCount: 4 })
  })

  it('keeps to the core rules over many random sequences of claims, releases and changes', async () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      await checkStoreAgainstRules(
        mongoSeatStoreOn(fakeCollection(ledger(0)), async () => true),
        'e1',
        seed,
      )
    }
  })

  it('refuses a claim when the evening is closed (the filter does not match)', async () => {
    const store = mongoSeatStoreOn(fakeCollection({ ...ledger(5), open: false }), async () => true)
    expect(await store.claim('e1', 1, new Date())).toBeNull()
  })

  it('holds freed seats for the waitlist, promotes only what fits, then gives the rest back', async () => {
    const collection = fakeCollection({ ...ledger(4), seatsConfirmed: 4, waitlistCount: 2 })
    const store = mongoSeatStoreOn(collection, async () => true)
    await store.release('e1', 1, true)
    expect(collection.doc).toMatchObject({ seatsConfirmed: 3, held: 1 })
    expect(await store.claim('e1', 1, new Date())).toMatchObject({ outcome: 'waitlisted' })
    expect(await store.promote('e1', 2)).toBe(false)
    expect(await store.promote('e1', 1)).toBe(true)
    expect(collection.doc).toMatchObject({ seatsConfirmed: 4, held: 0, waitlistCount: 2 })
    await store.unhold('e1')
    expect(collection.doc).toMatchObject({ held: 0 })
  })
})
