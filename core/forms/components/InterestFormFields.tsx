import { SERVICES } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { translator } from '../../i18n/text'
import { AGE_GROUPS, CHANNELS } from '../interestRegistration'
import {
  Choices,
  Consent,
  ErrorSummary,
  Field,
  SpamGuards,
  MunicipalityFields,
  type MunicipalityOption,
} from './Field'

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
export function InterestFormFields({
  locale,
  action,
  municipalities,
  campaign,
  privacyHref,
  values = {},
  errors = {},
}: InterestFormProps) {
  const t = translator(locale)
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const list = (name: string) => [values[name] ?? []].flat()
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && (
        <ErrorSummary title={t('forms.shared.errorSummary')} errors={errors} />
      )}
      <input type="hidden" name="locale" value={locale} />
      {campaign && <input type="hidden" name="campaign" value={campaign} />}
      <Choices
        name="services"
        legend={t('forms.interest.services')}
        hint={t('forms.interest.servicesHint')}
        error={errors.services}
        type="checkbox"
        options={Object.entries(SERVICES).map(([key, label]) => ({ value: key, label: label[locale] }))}
        checked={(option) => list('services').includes(option)}
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
          ['name', t('forms.interest.name')],
          ['email', t('forms.interest.email')],
          ['phone', t('forms.interest.phone')],
        ] as const
      ).map(([field, label]) => (
        <Field key={field} id={field} label={label} error={errors[field]}>
          {(describedBy) => (
            <input
              className="form-input"
              id={field}
              name={field}
              defaultValue={value(field)}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors[field])}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete={field === 'phone' ? 'tel' : field}
              spellCheck={false}
            />
          )}
        </Field>
      ))}
      <fieldset className="form-group">
        <legend className="form-legend">{t('forms.interest.household')}</legend>
        <span className="form-hint">{t('forms.interest.householdHint')}</span>
        {(
          [
            ['adults', t('forms.interest.adults')],
            ['children', t('forms.interest.children')],
          ] as const
        ).map(([field, label]) => (
          <Field key={field} id={field} label={label} error={errors[field]}>
            {(describedBy) => (
              <input
                className="form-input form-input--short"
                id={field}
                name={field}
                inputMode="numeric"
                defaultValue={value(field)}
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors[field])}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <Choices
        name="ageGroup"
        legend={t('forms.interest.ageGroup')}
        type="radio"
        options={AGE_GROUPS.map((key) => ({ value: key, label: t(`forms.interest.ageGroups.${key}`) }))}
        checked={(option) => value('ageGroup') === option}
      />
      <Field
        id="about"
        label={t('forms.interest.about')}
        hint={t('forms.interest.aboutHint')}
        error={errors.about}
      >
        {(describedBy) => (
          <textarea
            className="form-textarea"
            id="about"
            name="about"
            maxLength={1000}
            defaultValue={value('about')}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.about)}
          />
        )}
      </Field>
      <Field id="channel" label={t('forms.interest.channel')}>
        {() => (
          <select className="form-select" id="channel" name="channel" defaultValue={value('channel')}>
            <option value="" />
            {CHANNELS.map((key) => (
              <option key={key} value={key}>
                {t(`forms.interest.channels.${key}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Consent
        label={t('forms.interest.consent')}
        privacyLink={t('forms.shared.privacyLink')}
        privacyHref={privacyHref}
        checked={value('consent') === 'on'}
        error={errors.consent}
      />
      <SpamGuards label={t('forms.shared.honeypot')} startedAt={value('startedAt')} />
      <button className="form-submit" type="submit">
        {t('forms.interest.submit')}
      </button>
    </form>
  )
}
