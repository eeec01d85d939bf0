import { SERVICES } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { AGE_GROUPS, CHANNELS } from '../interestRegistration'
import { interestLabels } from '../interestLabels'
import { Choices, Consent, ErrorSummary, Field, SpamGuards, MunicipalityFields, type MunicipalityOption } from './Field'

export type InterestFormProps = {
  locale: Locale
  /** The CMS endpoint the plain HTML form posts to. */
  action: string
  municipalities: MunicipalityOption[]
  /** Campaign slug carried from a campaign link. */
  campaign?: string
  /** The privacy notice, linked from the consent box. */
  privacyHref: string
  /** What the person typed, when the form is shown again with errors. */
  values?: Record<string, string | string[]>
  errors?: Record<string, string>
}

/**
 * The interest form's markup: rendered to static HTML by the site, again by the CMS endpoint
 * when a plain post has errors, and hydrated by the island. One source for all three.
 */
export function InterestFormFields({ locale, action, municipalities, campaign, privacyHref, values = {}, errors = {} }: InterestFormProps) {
  const text = interestLabels[locale]
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const list = (name: string) => [values[name] ?? []].flat()
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && <ErrorSummary title={text.errorSummary} errors={errors} />}
      <input type="hidden" name="locale" value={locale} />
      {campaign && <input type="hidden" name="campaign" value={campaign} />}
      <Choices name="services" legend={text.services} hint={text.servicesHint} error={errors.services} type="checkbox"
        options={Object.entries(SERVICES).map(([key, label]) => ({ value: key, label: label[locale] }))}
        checked={(option) => list('services').includes(option)} />
      <MunicipalityFields municipalities={municipalities} text={text} municipality={value('municipality')} district={value('district')} error={errors.municipality} />
      {(['name', 'email', 'phone'] as const).map((field) => (
        <Field key={field} id={field} label={text[field]} error={errors[field]}>
          {(describedBy) => (
            <input className="form-input" id={field} name={field} defaultValue={value(field)} aria-describedby={describedBy} aria-invalid={Boolean(errors[field])}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'} autoComplete={field === 'phone' ? 'tel' : field} spellCheck={false} />
          )}
        </Field>
      ))}
      <fieldset className="form-group">
        <legend className="form-legend">{text.household}</legend>
        <span className="form-hint">{text.householdHint}</span>
        {(['adults', 'children'] as const).map((field) => (
          <Field key={field} id={field} label={text[field]} error={errors[field]}>
            {(describedBy) => <input className="form-input form-input--short" id={field} name={field} inputMode="numeric" defaultValue={value(field)} aria-describedby={describedBy} aria-invalid={Boolean(errors[field])} />}
          </Field>
        ))}
      </fieldset>
      <Choices name="ageGroup" legend={text.ageGroup} type="radio" options={AGE_GROUPS.map((key) => ({ value: key, label: text.ageGroups[key] }))} checked={(option) => value('ageGroup') === option} />
      <Field id="about" label={text.about} hint={text.aboutHint} error={errors.about}>
        {(describedBy) => <textarea className="form-textarea" id="about" name="about" maxLength={1000} defaultValue={value('about')} aria-describedby={describedBy} aria-invalid={Boolean(errors.about)} />}
      </Field>
      <Field id="channel" label={text.channel}>
        {() => (
          <select className="form-select" id="channel" name="channel" defaultValue={value('channel')}>
            <option value="" />
            {CHANNELS.map((key) => <option key={key} value={key}>{text.channels[key]}</option>)}
          </select>
        )}
      </Field>
      <Consent label={text.consent} privacyLink={text.privacyLink} privacyHref={privacyHref} checked={value('consent') === 'on'} error={errors.consent} />
      <SpamGuards label={text.honeypot} startedAt={value('startedAt')} />
      <button className="form-submit" type="submit">{text.submit}</button>
    </form>
  )
}
