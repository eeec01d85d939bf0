import { SERVICE_KEYS, SERVICES } from '../../domain/organisation'
import { translator } from '../../i18n/text'
import { Choices } from './Field'
import { ContactField, type FormProps, FormShell, TextArea, textValue } from './FormParts'

export type BookingFormProps = FormProps & {
  /** Full: the button says the booking joins the waitlist. */
  full?: boolean
}

/** The booking form for one evening. Same source for the static page, the CMS's error page and the island. */
export function BookingFormFields(props: BookingFormProps) {
  const { locale, full = false, values = {}, errors = {} } = props
  const t = translator(locale)
  const value = (name: string) => textValue(values, name)
  return (
    <FormShell
      {...props}
      consent={t('forms.booking.consent')}
      submit={full ? t('forms.booking.joinWaitlist') : t('forms.booking.submit')}
    >
      <ContactField field="name" label={t('forms.booking.name')} values={values} errors={errors} />
      <ContactField
        field="email"
        label={t('forms.booking.email')}
        hint={t('forms.booking.emailHint')}
        values={values}
        errors={errors}
      />
      <ContactField field="phone" label={t('forms.booking.phone')} values={values} errors={errors} />
      <Choices
        name="seats"
        legend={t('forms.booking.seats')}
        error={errors.seats}
        type="radio"
        options={['1', '2'] as const}
        label={(key) => t(`forms.booking.seatOptions.${key}`)}
        chosen={value('seats') || '1'}
      />
      <TextArea
        id="needs"
        label={t('forms.booking.needs')}
        hint={t('forms.booking.needsHint')}
        maxLength={300}
        values={values}
        errors={errors}
      />
      <Choices
        name="services"
        legend={t('forms.booking.services')}
        error={errors.services}
        type="checkbox"
        options={SERVICE_KEYS}
        label={(key) => SERVICES[key][locale]}
        chosen={values.services ?? []}
      />
    </FormShell>
  )
}
