import type { Endpoint } from 'payload'

import { BookingFormFields } from '../../../core/forms/components/BookingFormFields'
import { BookingSchema } from '../../../core/forms/booking'
import { bookingLabels } from '../../../core/forms/bookingLabels'
import { acceptPost } from '../../endpoints/acceptPost'
import { htmlPage, htmlResponse, siteUrl } from '../../endpoints/page'
import { book } from './book'

/**
 * POST /api/info-evenings/:id/bookings: 201 `{ reference, status }` (JSON) or 303 to a receipt (a
 * plain post); 400 with field errors; 409 when the evening is closed, cancelled or past its
 * booking deadline; 429 when one address posts too often. Accepted as every form is.
 */
export const bookingEndpoint: Endpoint = {
  path: '/:id/bookings',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const evening = await req.payload.findByID({ collection: 'info-evenings', id, depth: 0, req, disableErrors: true })
    if (!evening || evening._status !== 'published') return Response.json({ errors: { form: 'Not found' } }, { status: 404 })
    const accepted = await acceptPost(req, BookingSchema, {
      name: 'bookings',
      title: (locale) => `${bookingLabels[locale].title}: ${evening.topic}`,
      renderForm: (props) => <BookingFormFields {...props} />,
    })
    if (!accepted.ok) return accepted.response
    const { data, locale, isJson, idempotencyKey } = accepted
    const text = bookingLabels[locale]
    const result = await book(req, { id, organizingTeam: evening.organizingTeam }, { ...data, locale }, idempotencyKey)
    if (result === 'closed') {
      if (isJson) return Response.json({ errors: { form: text.closed } }, { status: 409 })
      return htmlResponse(await htmlPage(locale, text.title, <><h1>{evening.topic}</h1><p className="notice">{text.closed}</p></>, siteUrl()), 409)
    }
    return isJson
      ? Response.json(result, { status: 201 })
      : new Response(null, { status: 303, headers: { location: `/api/forms/receipt?form=booking-${result.status}&ref=${encodeURIComponent(result.reference)}&locale=${locale}` } })
  },
}
