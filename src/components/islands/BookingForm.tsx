import { useEffect, useState } from 'react'

import { BookingSchema } from '../../../core/forms/booking'
import { bookingLabels } from '../../../core/forms/bookingLabels'
import { type BookingFormProps, BookingFormFields } from '../../../core/forms/components/BookingFormFields'
import { Receipt } from '../../../core/forms/components/Receipt'
import { useFormSubmission } from './useFormSubmission'

type Props = BookingFormProps & {
  /** The CMS's live seat count for this evening. */
  seatsUrl: string
  /** Seats left when the page was built. */
  seatsLeft: number
  texts: { seatsLeft: string; full: string }
}

/** The booking island: the live seat count, the form checked with the endpoint's schema, the receipt. */
export default function BookingForm({ seatsUrl, seatsLeft: built, texts, ...props }: Props) {
  const text = bookingLabels[props.locale]
  const [seatsLeft, setSeatsLeft] = useState(built)
  const form = useFormSubmission({ schema: BookingSchema, action: props.action, locale: props.locale, texts: text, errors: props.errors })
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
        <Receipt title={waitlisted ? text.receiptWaitlisted : text.receiptConfirmed} referenceLabel={text.receiptReference} reference={form.reference} next={waitlisted ? text.receiptNextWaitlisted : text.receiptNextConfirmed} />
      </div>
    )
  }
  return (
    <div ref={form.container} onSubmit={form.submit} aria-busy={form.sending}>
      <p className="seats-left" aria-live="polite">{seatsLeft > 0 ? texts.seatsLeft.replace('{n}', String(seatsLeft)) : texts.full}</p>
      {form.problem && <p className="field-error form-problem" role="alert" tabIndex={-1}>{form.problem}</p>}
      <BookingFormFields {...props} full={seatsLeft <= 0} errors={form.errors} />
    </div>
  )
}
