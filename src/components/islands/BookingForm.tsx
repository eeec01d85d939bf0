import { useEffect, useState } from 'react'

import { type BookingFormProps, BookingFormFields } from '../../../core/forms/components/BookingFormFields'
import { formTranslator } from '../../../core/forms/texts'
import { FormFrame } from './FormIsland'
import { useFormSubmission } from './useFormSubmission'

type Props = BookingFormProps & {
  /** The CMS's live seat count for this evening. */
  seatsUrl: string
  /** Seats left when the page was built. */
  seatsLeft: number
}

/** The booking island: the live seat count, the form checked with the endpoint's schema, the receipt. */
export default function BookingForm({ seatsUrl, seatsLeft: built, ...props }: Props) {
  const t = formTranslator(props.texts)
  const texts = { networkError: t('forms.booking.networkError'), rateLimited: t('forms.booking.rateLimited') }
  const [seatsLeft, setSeatsLeft] = useState(built)
  const form = useFormSubmission({
    schema: () => import('../../../core/forms/booking').then((m) => m.BookingSchema),
    action: props.action,
    locale: props.locale,
    formTexts: props.texts,
    texts,
    errors: props.errors,
  })
  useEffect(() => {
    fetch(seatsUrl, { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((seats: { seatsLeft: number } | null) => seats && setSeatsLeft(seats.seatsLeft))
      .catch(() => undefined)
  }, [seatsUrl, form.reference])
  const waitlisted = form.status === 'waitlisted'
  const receipt = waitlisted
    ? { title: t('forms.booking.receiptWaitlisted'), next: t('forms.booking.receiptNextWaitlisted') }
    : { title: t('forms.booking.receiptConfirmed'), next: t('forms.booking.receiptNextConfirmed') }
  const seats = (
    <p className="seats-left" aria-live="polite">
      {seatsLeft > 0 ? t('site.seatsLeft', { n: seatsLeft }) : t('site.full')}
    </p>
  )
  return (
    <FormFrame form={form} t={t} receipt={receipt} lead={seats}>
      <BookingFormFields {...props} full={seatsLeft <= 0} errors={form.errors} />
    </FormFrame>
  )
}
