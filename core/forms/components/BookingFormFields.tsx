import { SERVICES } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { translator } from '../../i18n/text'
import { Choices, Consent, ErrorSummary, Field, SpamGuards } from './Field'

export type BookingFormProps = {
  locale: Locale
  /** The CMS endpoint the plain HTML form posts to. */
  action: string
  privacyHref: string
  /** Full: the button says the booking joins the waitlist. */
  full?: boolean
  values?: Record<string, string | string[]>
  errors?: Record<string, string>
}

/** The booking form for one evening. Same source for the static page, the CMS's error page and the island. */
export function BookingFormFields({
  locale,
  action,
  privacyHref,
  full = false,
  values = {},
  errors = {},
}: BookingFormProps) {
  const t = translator(locale)
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const chosen = ([] as string[]).concat(values.services ?? [])
  const input = (
    id: 'name' | 'email' | 'phone',
    label: string,
    type: string,
    autoComplete: string,
    hint?: string,
  ) => (
    <Field id={id} label={label} hint={hint} error={errors[id]}>
      {(describedBy) => (
        <input
          className="form-input"
          id={id}
          name={id}
          type={type}
          autoComplete={autoComplete}
          defaultValue={value(id)}
          aria-describedby={describedBy}
          aria-invalid={Boolean(errors[id])}
        />
      )}
    </Field>
  )
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && (
        <ErrorSummary title={t('forms.shared.errorSummary')} errors={errors} />
      )}
      <input type="hidden" name="locale" value={locale} />
      {input('name', t('forms.booking.name'), 'text', 'name')}
      {input('email', t('forms.booking.email'), 'email', 'email', t('forms.booking.emailHint'))}
      {input('phone', t('forms.booking.phone'), 'tel', 'tel')}
      <Choices
        name="seats"
        legend={t('forms.booking.seats')}
        error={errors.seats}
        type="radio"
        options={(['1', '2'] as const).map((key) => ({
          value: key,
          label: t(`forms.booking.seatOptions.${key}`),
        }))}
        checked={(option) => (value('seats') || '1') === option}
      />
      <Field
        id="needs"
        label={t('forms.booking.needs')}
        hint={t('forms.booking.needsHint')}
        error={errors.needs}
      >
        {(describedBy) => (
          <textarea
            className="form-textarea"
            id="needs"
            name="needs"
            maxLength={300}
            defaultValue={value('needs')}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.needs)}
          />
        )}
      </Field>
      <Choices
        name="services"
        legend={t('forms.booking.services')}
        error={errors.services}
        type="checkbox"
        options={Object.entries(SERVICES).map(([key, label]) => ({ value: key, label: label[locale] }))}
        checked={(option) => chosen.includes(option)}
      />
      <Consent
        label={t('forms.booking.consent')}
        privacyLink={t('forms.shared.privacyLink')}
        privacyHref={privacyHref}
        checked={value('consent') === 'on'}
        error={errors.consent}
      />
      <SpamGuards label={t('forms.shared.honeypot')} startedAt={value('startedAt')} />
      <button className="form-submit" type="submit">
        {full ? t('forms.booking.joinWaitlist') : t('forms.booking.submit')}
      </button>
    </form>
  )
}
