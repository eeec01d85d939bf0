import type { Endpoint } from 'payload'

import { bookSeat } from '../../useCases/bookSeat'

/**
 * POST /api/info-evenings/:id/bookings: the whole flow is the `bookSeat` use case. 400 with field
 * errors and 429 when one address posts too often, as for every form.
 */
export const bookingEndpoint: Endpoint = {
  path: '/:id/bookings',
  method: 'post',
  handler: (req) => bookSeat(req, String(req.routeParams?.id ?? '')),
}
