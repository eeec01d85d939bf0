import type { Endpoint } from 'payload'

import { BookingFormFields } from '../../../src/components/islands/BookingFormFields'
import { BookingSchema } from '../../../src/forms/booking'
import { bookingLabels } from '../../../src/forms/bookingLabels'
import { errorKeys, fieldErrors } from '../../../src/forms/errors'
import { message } from '../../../src/forms/messages'
import { clientAddress } from '../../forms/clientAddress'
import { htmlPage, siteUrl } from '../../forms/page'
import { consumeFormPost } from '../../forms/rateLimit'
import { localeOf, looksLikeSpam, readBody } from '../../forms/readBody'
import { book } from './book'

const html = (body: string, status: number, headers: Record<string, string> = {}) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

/**
 * POST /api/info-evenings/:id/bookings: 201 `{ reference, status }` (JSON) or 303 to a receipt (a
 * plain post); 400 with field errors; 409 when the evening is closed, cancelled or past its
 * booking deadline; 429 when one address posts too often. Same guards as the other forms.
 */
export const bookingEndpoint: Endpoint = {
  path: '/:id/bookings',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const evening = await req.payload.findByID({ collection: 'info-evenings', id, depth: 0, req, disableErrors: true })
    if (!evening || evening._status !== 'published') return Response.json({ errors: { form: 'Not found' } }, { status: 404 })
    const body = await readBody(req)
    if (!body) return Response.json({ errors: { form: message('form.retry', 'sv') } }, { status: 400 })
    const { values, isJson } = body
    const locale = localeOf(values)
    const text = bookingLabels[locale]
    const refuse = async (errors: Record<string, string>, status: number, headers: Record<string, string> = {}) => {
      if (isJson) return Response.json({ errors }, { status, headers })
      const privacyHref = `${siteUrl()}${locale === 'sv' ? '/personuppgifter/' : '/en/privacy/'}`
      const form = <BookingFormFields locale={locale} action={req.url ?? ''} privacyHref={privacyHref} values={values as Record<string, string>} errors={errors} />
      return html(await htmlPage(locale, text.title, <><h1>{text.title}: {evening.topic}</h1>{form}</>, siteUrl()), status, headers)
    }
    const wait = await consumeFormPost(req.payload, clientAddress(req.headers.get('x-forwarded-for')))
    if (wait !== null) return refuse({ form: message('form.rateLimited', locale) }, 429, { 'retry-after': String(wait) })
    if (looksLikeSpam(values, Date.now(), 3000)) return refuse({ form: message('form.retry', locale) }, 400)
    const parsed = BookingSchema.safeParse(values)
    if (!parsed.success) {
      req.payload.logger.info(`bookings: invalid (${errorKeys(parsed.error).join(', ')})`)
      return refuse(fieldErrors(parsed.error, locale), 400)
    }
    const key = req.headers.get('idempotency-key')?.slice(0, 100) || undefined
    const result = await book(req, { id, organizingTeam: evening.organizingTeam }, { ...parsed.data, locale }, key)
    if (result === 'closed') {
      if (isJson) return Response.json({ errors: { form: text.closed } }, { status: 409 })
      return html(await htmlPage(locale, text.title, <><h1>{evening.topic}</h1><p className="notice">{text.closed}</p></>, siteUrl()), 409)
    }
    return isJson
      ? Response.json(result, { status: 201 })
      : new Response(null, { status: 303, headers: { location: `/api/forms/receipt?form=booking-${result.status}&ref=${encodeURIComponent(result.reference)}&locale=${locale}` } })
  },
}
