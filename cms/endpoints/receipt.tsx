import type { Endpoint } from 'payload'

import { Receipt } from '../../core/forms/components/Receipt'
import { REFERENCE_PATTERN } from '../../core/domain/reference'
import { type TextKey, translator } from '../../core/i18n/text'
import { ReceiptNextStep, type ReceiptKind } from '../../core/site/ReceiptNextStep'
import { htmlPage, htmlResponse, publicFrame } from './page'

/** Each form's receipt: its heading and what happens next. */
const receipts = {
  interest: { kind: 'interest', title: 'forms.interest.receiptTitle', next: 'forms.interest.receiptNext' },
  application: {
    kind: 'application',
    title: 'forms.application.receiptTitle',
    next: 'forms.application.receiptNext',
  },
  'booking-confirmed': {
    kind: 'booking',
    title: 'forms.booking.receiptConfirmed',
    next: 'forms.booking.receiptNextConfirmed',
  },
  'booking-waitlisted': {
    kind: 'booking',
    title: 'forms.booking.receiptWaitlisted',
    next: 'forms.booking.receiptNextWaitlisted',
  },
} as const satisfies Record<string, { kind: ReceiptKind; title: TextKey; next: TextKey }>
type FormName = keyof typeof receipts

/** Own keys only: `toString` or `__proto__` is no form. */
const isFormName = (name: string): name is FormName => Object.hasOwn(receipts, name)

export const receiptEndpoint: Endpoint = {
  path: '/forms/receipt',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'sv'
    const form = url.searchParams.get('form') ?? ''
    const reference = url.searchParams.get('ref') ?? ''
    // Only a well-formed reference is echoed back, so the page cannot be made to show anything else.
    if (!isFormName(form) || !REFERENCE_PATTERN.test(reference))
      return new Response('Not found', { status: 404 })
    const t = translator(locale)
    const { kind, title, next } = receipts[form]
    const frame = await publicFrame(req.payload, locale)
    const body = (
      <>
        <Receipt
          title={t(title)}
          referenceLabel={t('forms.shared.receiptReference')}
          reference={reference}
          next={t(next)}
          headingLevel={1}
        />
        <ReceiptNextStep locale={locale} kind={kind} frame={frame} />
      </>
    )
    return htmlResponse(await htmlPage(locale, t(title), body, frame))
  },
}
