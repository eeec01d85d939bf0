import type { Endpoint } from 'payload'

import { toCsv } from '../../../core/domain/csv'
import { DEFAULT_LOCALE } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { bookingsInOrder } from './inOrder'

/**
 * GET /api/info-evenings/:id/attendees.csv: the confirmed bookings of one evening, for the
 * organising team (and admins) only. Read with the user's own access, so nobody else gets a row.
 */
export const attendeesCsvEndpoint: Endpoint = {
  path: '/:id/attendees.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'sign in' }, { status: 401 })
    const evening = String(req.routeParams?.id ?? '')
    const { docs } = await bookingsInOrder(req, evening, 'confirmed', { asUser: true })
    if (!docs.length) {
      const any = await req.payload.count({
        collection: 'bookings',
        where: { evening: { equals: evening } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (!any.totalDocs) return Response.json({ error: 'no bookings you may see' }, { status: 403 })
    }
    // Staff open the list in a spreadsheet: its headings are in the default language.
    const t = translator(DEFAULT_LOCALE)
    const csv = toCsv(
      [
        t('cms.attendees.reference'),
        t('cms.attendees.name'),
        t('cms.attendees.email'),
        t('cms.attendees.phone'),
        t('cms.attendees.seats'),
        t('cms.attendees.needs'),
        t('cms.attendees.attendance'),
      ],
      docs.map((doc) => [
        doc.reference,
        doc.name,
        doc.email,
        doc.phone,
        doc.seats,
        doc.needs,
        doc.attendance,
      ]),
    )
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="deltagare-${evening}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
