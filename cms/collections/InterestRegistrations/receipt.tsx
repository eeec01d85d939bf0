import type { Endpoint } from 'payload'

import { interestLabels } from '../../../src/forms/interestLabels'
import { REFERENCE_PATTERN } from '../../domain/reference'
import { htmlPage, siteUrl } from '../../forms/page'

/** Where a plain form post is sent after it is stored: the reference is all the URL carries. */
export const receiptPath = (reference: string, locale: 'sv' | 'en') =>
  `/api/forms/interest/receipt?ref=${encodeURIComponent(reference)}&locale=${locale}`

export const interestReceiptEndpoint: Endpoint = {
  path: '/forms/interest/receipt',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sv'
    const reference = url.searchParams.get('ref') ?? ''
    // Only a well-formed reference is echoed back, so the page cannot be made to show anything else.
    if (!REFERENCE_PATTERN.test(reference)) return new Response('Not found', { status: 404 })
    const text = interestLabels[locale]
    const body = (
      <div className="receipt">
        <p>{text.receiptReference}: <span className="receipt__reference">{reference}</span></p>
        <p>{text.receiptNext}</p>
      </div>
    )
    return new Response(await htmlPage(locale, text.receiptTitle, body, siteUrl()), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  },
}
