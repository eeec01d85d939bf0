import { SERVICES } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { applicationLabels } from '../applicationLabels'
import { Choices, Consent, ErrorSummary, Field, SpamGuards, MunicipalityFields, type MunicipalityOption } from './Field'

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
export function ApplicationFormFields({ locale, action, municipalities, privacyHref, values = {}, errors = {} }: ApplicationFormProps) {
  const text = applicationLabels[locale]
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const radios = (table: Record<string, string>) => Object.entries(table).map(([key, label]) => ({ value: key, label }))
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && <ErrorSummary title={text.errorSummary} errors={errors} />}
      <input type="hidden" name="locale" value={locale} />
      <Choices name="applicant" legend={text.applicant} error={errors.applicant} type="radio" options={radios(text.applicants)} checked={(option) => value('applicant') === option} />
      <Choices name="forWhom" legend={text.forWhom} hint={text.forWhomHint} error={errors.forWhom} type="radio" options={radios(text.forWhoms)} checked={(option) => value('forWhom') === option} />
      <div className="form-group">
        <div className="form-choice">
          <input type="checkbox" id="disability" name="disability" defaultChecked={value('disability') === 'on'} />
          <label htmlFor="disability">{text.disability}</label>
        </div>
      </div>
      <Choices name="service" legend={text.service} error={errors.service} type="radio"
        options={[...Object.entries(SERVICES).map(([key, label]) => ({ value: key, label: label[locale] })), { value: 'not-sure', label: text.notSure }]}
        checked={(option) => value('service') === option} />
      <MunicipalityFields municipalities={municipalities} text={text} municipality={value('municipality')} district={value('district')} error={errors.municipality} />
      {(['name', 'phone'] as const).map((field) => (
        <Field key={field} id={field} label={text[field]} error={errors[field]}>
          {(describedBy) => <input className="form-input" id={field} name={field} type={field === 'phone' ? 'tel' : 'text'} autoComplete={field === 'phone' ? 'tel' : 'name'} defaultValue={value(field)} aria-describedby={describedBy} aria-invalid={Boolean(errors[field])} />}
        </Field>
      ))}
      <Choices name="callTime" legend={text.callTime} error={errors.callTime} type="radio" options={radios(text.callTimes)} checked={(option) => value('callTime') === option} />
      <Field id="email" label={text.email} hint={text.emailHint} error={errors.email}>
        {(describedBy) => <input className="form-input" id="email" name="email" type="email" autoComplete="email" defaultValue={value('email')} aria-describedby={describedBy} aria-invalid={Boolean(errors.email)} />}
      </Field>
      <Field id="message" label={text.message} hint={text.messageWarning} error={errors.message}>
        {(describedBy) => <textarea className="form-textarea" id="message" name="message" maxLength={500} defaultValue={value('message')} aria-describedby={describedBy} aria-invalid={Boolean(errors.message)} />}
      </Field>
      <Consent label={text.consent} privacyLink={text.privacyLink} privacyHref={privacyHref} checked={value('consent') === 'on'} error={errors.consent} />
      <SpamGuards label={text.honeypot} startedAt={value('startedAt')} />
      <button className="form-submit" type="submit">{text.submit}</button>
    </form>
  )
}
