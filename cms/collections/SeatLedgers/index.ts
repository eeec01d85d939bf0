import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'

/**
 * One row per published information evening holding its seat counts. Written only by the
 * stores' atomic conditional updates (never by a whole-document save, which could write back a
 * stale count); the evening's own fields are mirrored into it when the evening is published.
 */
export const SeatLedgers: CollectionConfig = {
  slug: 'seat-ledgers',
  admin: { hidden: true },
  access: { create: () => false, read: isAdmin, update: () => false, delete: () => false },
  fields: [
    { name: 'eveningKey', type: 'text', required: true, unique: true, index: true },
    { name: 'capacity', type: 'number', required: true, defaultValue: 0 },
    { name: 'open', type: 'checkbox', defaultValue: true },
    { name: 'closesAt', type: 'date', required: true },
    { name: 'seatsConfirmed', type: 'number', required: true, defaultValue: 0 },
    /** Seats a cancellation freed while people waited: kept for the waitlist until it has moved up. */
    { name: 'held', type: 'number', required: true, defaultValue: 0 },
    { name: 'waitlistCount', type: 'number', required: true, defaultValue: 0 },
    /** Arrival order of bookings: each claim takes the next number. */
    { name: 'sequence', type: 'number', required: true, defaultValue: 0 },
    /** The outcome of the last claim, returned by the same atomic statement that decided it. */
    { name: 'lastConfirmed', type: 'checkbox', defaultValue: false },
  ],
}
