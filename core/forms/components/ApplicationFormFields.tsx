import { SERVICES } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { translator } from '../../i18n/text'
import { APPLICANTS, CALL_TIMES, FOR_WHOM } from '../application'
import {
  Choices,
  Consent,
  ErrorSummary,
  Field,
  SpamGuards,
  MunicipalityFields,
  type MunicipalityOption,
} from './Field'

export type ApplicationFormProps = {
  locale: Locale
  /** The CMS endpoint the plain HTML form posts to. */
  action: string
  municipalities: MunicipalityOption[]
  /** The privacy notice, linked from the consent box. */
  privacyHref: string
  /** What the person typed, when the form is shown again with errors. */
  values?: Record<string, string | string[]>
  errors?: Record<string, string>
}

/** The application for support: only what intake needs to call back. Same source for page, CMS and island. */
export function ApplicationFormFields({
  locale,
  action,
  municipalities,
  privacyHref,
  values = {},
  errors = {},
}: ApplicationFormProps) {
  const t = translator(locale)
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && (
        <ErrorSummary title={t('forms.shared.errorSummary')} errors={errors} />
      )}
      <input type="hidden" name="locale" value={locale} />
      <Choices
        name="applicant"
        legend={t('forms.application.applicant')}
        error={errors.applicant}
        type="radio"
        options={APPLICANTS.map((key) => ({ value: key, label: t(`forms.application.applicants.${key}`) }))}
        checked={(option) => value('applicant') === option}
      />
      <Choices
        name="forWhom"
        legend={t('forms.application.forWhom')}
        hint={t('forms.application.forWhomHint')}
        error={errors.forWhom}
        type="radio"
        options={FOR_WHOM.map((key) => ({ value: key, label: t(`forms.application.forWhoms.${key}`) }))}
        checked={(option) => value('forWhom') === option}
      />
      <div className="form-group">
        <div className="form-choice">
          <input
            type="checkbox"
            id="disability"
            name="disability"
            defaultChecked={value('disability') === 'on'}
          />
          <label htmlFor="disability">{t('forms.application.disability')}</label>
        </div>
      </div>
      <Choices
        name="service"
        legend={t('forms.application.service')}
        error={errors.service}
        type="radio"
        options={[
          ...Object.entries(SERVICES).map(([key, label]) => ({ value: key, label: label[locale] })),
          { value: 'not-sure', label: t('forms.application.notSure') },
        ]}
        checked={(option) => value('service') === option}
      />
      <MunicipalityFields
        municipalities={municipalities}
        locale={locale}
        municipality={value('municipality')}
        district={value('district')}
        error={errors.municipality}
      />
      {(
        [
          ['name', t('forms.application.name')],
          ['phone', t('forms.application.phone')],
        ] as const
      ).map(([field, label]) => (
        <Field key={field} id={field} label={label} error={errors[field]}>
          {(describedBy) => (
            <input
              className="form-input"
              id={field}
              name={field}
              type={field === 'phone' ? 'tel' : 'text'}
              autoComplete={field === 'phone' ? 'tel' : 'name'}
              defaultValue={value(field)}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors[field])}
            />
          )}
        </Field>
      ))}
      <Choices
        name="callTime"
        legend={t('forms.application.callTime')}
        error={errors.callTime}
        type="radio"
        options={CALL_TIMES.map((key) => ({ value: key, label: t(`forms.application.callTimes.${key}`) }))}
        checked={(option) => value('callTime') === option}
      />
      <Field
        id="email"
        label={t('forms.application.email')}
        hint={t('forms.application.emailHint')}
        error={errors.email}
      >
        {(describedBy) => (
          <input
            className="form-input"
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={value('email')}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.email)}
          />
        )}
      </Field>
      <Field
        id="message"
        label={t('forms.application.message')}
        hint={t('forms.application.messageWarning')}
        error={errors.message}
      >
        {(describedBy) => (
          <textarea
            className="form-textarea"
            id="message"
            name="message"
            maxLength={500}
            defaultValue={value('message')}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.message)}
          />
        )}
      </Field>
      <Consent
        label={t('forms.application.consent')}
        privacyLink={t('forms.shared.privacyLink')}
        privacyHref={privacyHref}
        checked={value('consent') === 'on'}
        error={errors.consent}
      />
      <SpamGuards label={t('forms.shared.honeypot')} startedAt={value('startedAt')} />
      <button className="form-submit" type="submit">
        {t('forms.application.submit')}
      </button>
    </form>
  )
}
