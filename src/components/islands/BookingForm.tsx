import { useEffect, useState } from 'react'

import { BookingSchema } from '../../../core/forms/booking'
import { type BookingFormProps, BookingFormFields } from '../../../core/forms/components/BookingFormFields'
import { Receipt } from '../../../core/forms/components/Receipt'
import { translator } from '../../../core/i18n/text'
import { useFormSubmission } from './useFormSubmission'

type Props = BookingFormProps & {
  /** The CMS's live seat count for this evening. */
  seatsUrl: string
  /** Seats left when the page was built. */
  seatsLeft: number
}

/** The booking island: the live seat count, the form checked with the endpoint's schema, the receipt. */
export default function BookingForm({ seatsUrl, seatsLeft: built, ...props }: Props) {
  const t = translator(props.locale)
  const texts = { networkError: t('forms.booking.networkError'), rateLimited: t('forms.booking.rateLimited') }
  const [seatsLeft, setSeatsLeft] = useState(built)
  const form = useFormSubmission({
    schema: BookingSchema,
    action: props.action,
    locale: props.locale,
    texts,
    errors: props.errors,
  })
  useEffect(() => {
    fetch(seatsUrl, { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((seats: { seatsLeft: number } | null) => seats && setSeatsLeft(seats.seatsLeft))
      .catch(() => undefined)
  }, [seatsUrl, form.reference])
  if (form.reference) {
    const waitlisted = form.status === 'waitlisted'
    return (
      <div ref={form.container}>
        <Receipt
          title={waitlisted ? t('forms.booking.receiptWaitlisted') : t('forms.booking.receiptConfirmed')}
          referenceLabel={t('forms.shared.receiptReference')}
          reference={form.reference}
          next={
            waitlisted ? t('forms.booking.receiptNextWaitlisted') : t('forms.booking.receiptNextConfirmed')
          }
        />
      </div>
    )
  }
  return (
    <div ref={form.container} onSubmit={form.submit} aria-busy={form.sending}>
      <p className="seats-left" aria-live="polite">
        {seatsLeft > 0 ? t('site.seatsLeft', { n: seatsLeft }) : t('site.full')}
      </p>
      {form.problem && (
        <p className="field-error form-problem" role="alert" tabIndex={-1}>
          {form.problem}
        </p>
      )}
      <BookingFormFields {...props} full={seatsLeft <= 0} errors={form.errors} />
    </div>
  )
}
