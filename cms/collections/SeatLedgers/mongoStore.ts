import type { Payload } from 'payload'

import { createLedger } from './createLedger'
import type { SeatStore } from './types'

/** The slice of a MongoDB collection the store uses, so tests can stand in for it. */
export type LedgerCollection = {
  findOneAndUpdate(
    filter: object,
    update: object | object[],
    options: { returnDocument: 'after' },
  ): Promise<Record<string, unknown> | null>
  updateOne(
    filter: object,
    update: object | object[],
  ): Promise<{ matchedCount: number; modifiedCount: number }>
  findOne(filter: object): Promise<Record<string, unknown> | null>
}

/** Core's `fits` and `fitsFromWaitlist` as aggregation expressions, so the database decides them atomically. */
const fits = (seats: number) => ({ $lte: [{ $add: ['$seatsConfirmed', '$held', seats] }, '$capacity'] })
const fitsFromWaitlist = (seats: number) => ({ $lte: [{ $add: ['$seatsConfirmed', seats] }, '$capacity'] })

/** The claim as an update pipeline: the first stage decides on the old counts, the second counts. */
export const claimPipeline = (seats: number) => [
  { $set: { lastConfirmed: fits(seats) } },
  {
    $set: {
      sequence: { $add: ['$sequence', 1] },
      seatsConfirmed: { $cond: ['$lastConfirmed', { $add: ['$seatsConfirmed', seats] }, '$seatsConfirmed'] },
      waitlistCount: { $cond: ['$lastConfirmed', '$waitlistCount', { $add: ['$waitlistCount', 1] }] },
    },
  },
]

/** A single-document findOneAndUpdate is atomic in MongoDB, with or without a replica set. */
export function mongoSeatStoreOn(
  collection: LedgerCollection,
  create: (eveningKey: string, settings: Parameters<SeatStore['mirror']>[1]) => Promise<boolean>,
): SeatStore {
  return {
    // A transaction would make every booking of an evening conflict on this one document.
    joinsTransactions: false,
    async mirror(eveningKey, settings) {
      const update = {
        $set: { capacity: settings.capacity, open: settings.open, closesAt: new Date(settings.closesAt) },
      }
      if ((await collection.updateOne({ eveningKey }, update)).matchedCount) return
      if (!(await create(eveningKey, settings))) await collection.updateOne({ eveningKey }, update)
    },
    async claim(eveningKey, seats, now) {
      const doc = await collection.findOneAndUpdate(
        { eveningKey, open: true, closesAt: { $gt: now } },
        claimPipeline(seats),
        { returnDocument: 'after' },
      )
      return doc
        ? { outcome: doc.lastConfirmed ? 'confirmed' : 'waitlisted', sequence: Number(doc.sequence) }
        : null
    },
    async release(eveningKey, seats, wasConfirmed) {
      const update = wasConfirmed
        ? {
            seatsConfirmed: { $max: [{ $subtract: ['$seatsConfirmed', seats] }, 0] },
            held: { $add: ['$held', { $cond: [{ $gt: ['$waitlistCount', 0] }, seats, 0] }] },
          }
        : { waitlistCount: { $max: [{ $subtract: ['$waitlistCount', 1] }, 0] } }
      await collection.updateOne({ eveningKey }, [{ $set: update }])
    },
    async promote(eveningKey, seats) {
      const filter = { eveningKey, waitlistCount: { $gt: 0 }, $expr: fitsFromWaitlist(seats) }
      const update = [
        {
          $set: {
            seatsConfirmed: { $add: ['$seatsConfirmed', seats] },
            held: { $max: [{ $subtract: ['$held', seats] }, 0] },
            waitlistCount: { $subtract: ['$waitlistCount', 1] },
          },
        },
      ]
      return (await collection.updateOne(filter, update)).modifiedCount === 1
    },
    async unhold(eveningKey) {
      await collection.updateOne({ eveningKey }, { $set: { held: 0 } })
    },
    async read(eveningKey) {
      const doc = await collection.findOne({ eveningKey })
      return doc
        ? {
            capacity: Number(doc.capacity),
            open: Boolean(doc.open),
            closesAt: new Date(doc.closesAt as Date).toISOString(),
            seatsConfirmed: Number(doc.seatsConfirmed),
            held: Number(doc.held ?? 0),
            waitlistCount: Number(doc.waitlistCount),
          }
        : null
    },
  }
}

export const mongoSeatStore = (payload: Payload): SeatStore =>
  mongoSeatStoreOn(
    (payload.db as unknown as { collections: Record<string, { collection: LedgerCollection }> }).collections[
      'seat-ledgers'
    ].collection,
    (key, settings) => createLedger(payload, key, settings),
  )
