import type { Endpoint } from 'payload'

import { BookingFormFields } from '../../../core/forms/components/BookingFormFields'
import { BookingSchema } from '../../../core/forms/booking'
import { translator } from '../../../core/i18n/text'
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
      title: (locale) => `${translator(locale)('forms.booking.title')}: ${evening.topic}`,
      renderForm: (props) => <BookingFormFields {...props} />,
    })
    if (!accepted.ok) return accepted.response
    const { data, locale, isJson, idempotencyKey } = accepted
    const t = translator(locale)
    const result = await book(req, { id, organizingTeam: evening.organizingTeam }, { ...data, locale }, idempotencyKey)
    if (result === 'closed') {
      if (isJson) return Response.json({ errors: { form: t('forms.booking.closed') } }, { status: 409 })
      return htmlResponse(await htmlPage(locale, t('forms.booking.title'), <><h1>{evening.topic}</h1><p className="notice">{t('forms.booking.closed')}</p></>, siteUrl()), 409)
    }
    return isJson
      ? Response.json(result, { status: 201 })
      : new Response(null, { status: 303, headers: { location: `/api/forms/receipt?form=booking-${result.status}&ref=${encodeURIComponent(result.reference)}&locale=${locale}` } })
  },
}
