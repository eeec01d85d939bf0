import { personalLinkEndpoints } from '../../endpoints/personalLink'
import type { Booking } from '../../payload-types'

/** The personal cancel link from a booking e-mail: asks, cancels once, refuses an altered token. */
export const cancelEndpoints = personalLinkEndpoints<Booking>({
  path: '/cancel',
  purpose: 'cancel-booking',
  texts: (key) => `cms.cancel.${key}`,
  find: (req, id) => req.payload.findByID({ collection: 'bookings', id, depth: 1, req, disableErrors: true }),
  locale: (booking) => (booking.locale === 'en' ? 'en' : 'sv'),
  used: (booking) => booking.status === 'cancelled',
  subject: (booking) => (typeof booking.evening === 'object' ? booking.evening.topic : ''),
  act: async (req, booking) => {
    await req.payload.update({ collection: 'bookings', id: booking.id, data: { status: 'cancelled' }, req })
  },
})
