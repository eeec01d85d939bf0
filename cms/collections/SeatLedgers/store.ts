import type { Payload } from 'payload'

import { mongoSeatStore } from './mongoStore'
import { sqliteSeatStore } from './sqliteStore'
import type { SeatStore } from './types'

export const seatStore = (payload: Payload): SeatStore =>
  payload.db.name === 'mongoose' ? mongoSeatStore(payload) : sqliteSeatStore(payload)
