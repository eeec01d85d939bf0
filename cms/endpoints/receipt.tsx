import type { Endpoint } from 'payload'

import { Receipt } from '../../core/forms/components/Receipt'
import { applicationLabels } from '../../core/forms/applicationLabels'
import { bookingLabels } from '../../core/forms/bookingLabels'
import { interestLabels } from '../../core/forms/interestLabels'
import { REFERENCE_PATTERN } from '../../core/domain/reference'
import { receiptPath } from '../urls'
import { htmlPage, htmlResponse } from './page'

const booking = (status: 'Confirmed' | 'Waitlisted') => ({
  sv: { receiptTitle: bookingLabels.sv[`receipt${status}`], receiptReference: bookingLabels.sv.receiptReference, receiptNext: bookingLabels.sv[`receiptNext${status}`] },
  en: { receiptTitle: bookingLabels.en[`receipt${status}`], receiptReference: bookingLabels.en.receiptReference, receiptNext: bookingLabels.en[`receiptNext${status}`] },
})
const labels = { interest: interestLabels, application: applicationLabels, 'booking-confirmed': booking('Confirmed'), 'booking-waitlisted': booking('Waitlisted') }
type FormName = keyof typeof labels

/** Where a plain form post of `form` is sent once stored (`receiptPath` builds the address). */
export const receiptPathFor = (form: FormName) => (reference: string, locale: 'sv' | 'en') => receiptPath(form, reference, locale)

export const receiptEndpoint: Endpoint = {
  path: '/forms/receipt',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sv'
    const form = url.searchParams.get('form') as FormName
    const reference = url.searchParams.get('ref') ?? ''
    // Only a well-formed reference is echoed back, so the page cannot be made to show anything else.
    if (!(form in labels) || !REFERENCE_PATTERN.test(reference)) return new Response('Not found', { status: 404 })
    const text = labels[form][locale]
    const body = <Receipt title={text.receiptTitle} referenceLabel={text.receiptReference} reference={reference} next={text.receiptNext} headingLevel={1} />
    return htmlResponse(await htmlPage(locale, text.receiptTitle, body))
  },
}
