import type React from 'react'
import type { Endpoint, PayloadRequest } from 'payload'

import { verifyCancelToken } from '../../../core/domain/cancelToken'
import type { Locale } from '../../../core/i18n/locales'
import { text } from '../../../core/i18n/text'
import { htmlPage, htmlResponse } from '../../endpoints/page'
import { readBody } from '../../endpoints/readBody'

async function page(locale: Locale, body: React.ReactNode, status = 200) {
  const title = text(locale, 'cms.cancel.title')
  const html = await htmlPage(
    locale,
    title,
    <>
      <h1>{title}</h1>
      {body}
    </>,
  )
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
      if (!booking) return page('sv', <p>{text('sv', 'cms.cancel.invalid')}</p>, 400)
      const locale = booking.locale === 'en' ? 'en' : 'sv'
      if (booking.status === 'cancelled') return page(locale, <p>{text(locale, 'cms.cancel.already')}</p>)
      const topic = typeof booking.evening === 'object' ? booking.evening.topic : ''
      return page(
        locale,
        <form method="post" action="/api/bookings/cancel">
          <p>
            {text(locale, 'cms.cancel.ask')} {topic}?
          </p>
          <input type="hidden" name="token" value={token} />
          <button className="form-submit" type="submit">
            {text(locale, 'cms.cancel.button')}
          </button>
        </form>,
      )
    },
  },
  {
    path: '/cancel',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      const token = body && body !== 'too-large' ? String(body.values.token ?? '') : ''
      const booking = await bookingFor(req, token)
      if (!booking) return page('sv', <p>{text('sv', 'cms.cancel.invalid')}</p>, 400)
      const locale = booking.locale === 'en' ? 'en' : 'sv'
      if (booking.status === 'cancelled') return page(locale, <p>{text(locale, 'cms.cancel.already')}</p>)
      await req.payload.update({ collection: 'bookings', id: booking.id, data: { status: 'cancelled' }, req })
      return page(locale, <p>{text(locale, 'cms.cancel.done')}</p>)
    },
  },
]
