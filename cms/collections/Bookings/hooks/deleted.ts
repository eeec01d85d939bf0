import { recordDeletion } from '../../../hooks/recordDeletion'
import type { Booking } from '../../../payload-types'
import { idOf } from '../../relations'

/** A deleted booking's deletion record names the municipality of its evening, whose schedule applied. */
export const recordBookingDeletion = recordDeletion<Booking>('booking', async (booking, req) => {
  const evening = await req.payload.findByID({
    collection: 'info-evenings',
    id: idOf(booking.evening),
    depth: 0,
    req,
    disableErrors: true,
  })
  return { reference: booking.reference, municipality: evening?.municipality }
})
