import { formTranslator } from '../texts'
import { ContactField, type FormProps, FormShell, Radios, ServiceChoices, TextArea } from './FormParts'

export type BookingFormProps = FormProps & {
  /** Full: the button says the booking joins the waitlist. */
  full?: boolean
}

/** The booking form for one evening. Same source for the static page, the CMS's error page and the island. */
export function BookingFormFields(props: BookingFormProps) {
  const { full = false, values = {}, errors = {} } = props
  const t = formTranslator(props.texts)
  const answers = { values, errors }
  return (
    <FormShell
      {...props}
      consent={t('forms.booking.consent')}
      submit={full ? t('forms.booking.joinWaitlist') : t('forms.booking.submit')}
    >
      <ContactField field="name" label={t('forms.booking.name')} {...answers} />
      <ContactField
        field="email"
        label={t('forms.booking.email')}
        hint={t('forms.booking.emailHint')}
        {...answers}
      />
      <ContactField field="phone" label={t('forms.booking.phone')} {...answers} />
      <Radios
        name="seats"
        legend={t('forms.booking.seats')}
        options={['1', '2'] as const}
        label={(key) => t(`forms.booking.seatOptions.${key}`)}
        preset="1"
        {...answers}
      />
      <TextArea
        id="needs"
        label={t('forms.booking.needs')}
        hint={t('forms.booking.needsHint')}
        maxLength={300}
        {...answers}
      />
      <ServiceChoices t={t} legend={t('forms.booking.services')} {...answers} />
    </FormShell>
  )
}
