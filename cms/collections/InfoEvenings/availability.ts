import type { Endpoint, Field, Payload } from 'payload'

import { label } from '../../../core/i18n/text'
import { seatsLeft, takesBookings } from '../../../core/domain/seats'
import { seatStore } from '../SeatLedgers/store'

export type Availability = { seatsLeft: number; waitlist: number; bookable: boolean }

/** What the public may know about an evening's seats: counts only, from its ledger. */
export async function availability(
  payload: Payload,
  eveningId: string,
  now = new Date(),
): Promise<Availability | null> {
  const ledger = await seatStore(payload).read(eveningId)
  if (!ledger) return null
  return {
    seatsLeft: seatsLeft(ledger),
    waitlist: ledger.waitlistCount,
    bookable: takesBookings(ledger, now),
  }
}

/** Read with the evening over REST, so the static build shows seats left as of the build. */
export const availabilityField: Field = {
  name: 'availability',
  type: 'json',
  virtual: true,
  label: label('collections.infoEvenings.fields.availability'),
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.id) },
  hooks: {
    afterRead: [async ({ data, req }) => (data?.id ? availability(req.payload, String(data.id)) : null)],
  },
}

/** GET /api/info-evenings/:id/seats: the live count the evening page's island asks for. */
export const seatsEndpoint: Endpoint = {
  path: '/:id/seats',
  method: 'get',
  handler: async (req) => {
    const seats = await availability(req.payload, String(req.routeParams?.id ?? ''))
    return seats
      ? Response.json(seats, { headers: { 'cache-control': 'no-store' } })
      : Response.json({ error: 'not found' }, { status: 404 })
  },
}
