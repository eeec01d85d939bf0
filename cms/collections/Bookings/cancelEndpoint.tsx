import type React from 'react'
import type { Endpoint, PayloadRequest } from 'payload'

import { verifyCancelToken } from '../../../core/domain/cancelToken'
import { htmlPage, htmlResponse } from '../../endpoints/page'
import { readBody } from '../../endpoints/readBody'

const TEXT = {
  sv: { title: 'Avboka', ask: 'Vill du avboka din plats på', button: 'Ja, avboka', done: 'Du har avbokat. Tack för att du sa till – nu kan någon annan få platsen.', already: 'Den här bokningen är redan avbokad.', invalid: 'Länken fungerar inte. Kontrollera att hela länken från mejlet kom med, eller kontakta kommunen.' },
  en: { title: 'Cancel booking', ask: 'Do you want to cancel your seat at', button: 'Yes, cancel', done: 'Your booking is cancelled. Thank you for letting us know – now someone else can have the seat.', already: 'This booking is already cancelled.', invalid: 'The link does not work. Check that the whole link from the e-mail came along, or contact the municipality.' },
} as const

async function page(locale: 'sv' | 'en', body: React.ReactNode, status = 200) {
  const html = await htmlPage(locale, TEXT[locale].title, <><h1>{TEXT[locale].title}</h1>{body}</>)
  return htmlResponse(html, status, { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
}

async function bookingFor(req: PayloadRequest, token: string) {
  const id = verifyCancelToken(req.payload.secret, token)
  return id ? req.payload.findByID({ collection: 'bookings', id, depth: 1, req, disableErrors: true }) : null
}

/**
 * The personal cancel link from the e-mail. Opening it only asks (mail scanners open links), the
 * button cancels; the link works once, and an altered token is refused with a clear page.
 */
export const cancelEndpoints: Endpoint[] = [
  {
    path: '/cancel',
    method: 'get',
    handler: async (req) => {
      const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('token') ?? ''
      const booking = await bookingFor(req, token)
      if (!booking) return page('sv', <p>{TEXT.sv.invalid}</p>, 400)
      const locale = booking.locale === 'en' ? 'en' : 'sv'
      const t = TEXT[locale]
      if (booking.status === 'cancelled') return page(locale, <p>{t.already}</p>)
      const topic = typeof booking.evening === 'object' ? booking.evening.topic : ''
      return page(locale, <form method="post" action="/api/bookings/cancel"><p>{t.ask} {topic}?</p><input type="hidden" name="token" value={token} /><button className="form-submit" type="submit">{t.button}</button></form>)
    },
  },
  {
    path: '/cancel',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      const token = body && body !== 'too-large' ? String(body.values.token ?? '') : ''
      const booking = await bookingFor(req, token)
      if (!booking) return page('sv', <p>{TEXT.sv.invalid}</p>, 400)
      const locale = booking.locale === 'en' ? 'en' : 'sv'
      if (booking.status === 'cancelled') return page(locale, <p>{TEXT[locale].already}</p>)
      await req.payload.update({ collection: 'bookings', id: booking.id, data: { status: 'cancelled' }, req })
      return page(locale, <p>{TEXT[locale].done}</p>)
    },
  },
]
