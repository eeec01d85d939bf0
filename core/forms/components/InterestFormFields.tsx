import { formTranslator } from '../texts'
import { AGE_GROUPS, CHANNELS } from '../choices'
import { Choices, Field } from './Field'
import {
  ContactField,
  type FormProps,
  FormShell,
  ServiceChoices,
  TextArea,
  TextInput,
  textValue,
} from './FormParts'
import { MunicipalityFields, type MunicipalityOption } from './MunicipalityFields'

export type InterestFormProps = FormProps & {
  municipalities: MunicipalityOption[]
  /** Campaign slug carried from a campaign link. */
  campaign?: string
}

/**
 * The interest form's markup: rendered to static HTML by the site, again by the CMS endpoint
 * when a plain post has errors, and hydrated by the island. One source for all three.
 */
export function InterestFormFields(props: InterestFormProps) {
  const { municipalities, campaign, values = {}, errors = {} } = props
  const t = formTranslator(props.texts)
  const value = (name: string) => textValue(values, name)
  const answers = { values, errors }
  return (
    <FormShell {...props} consent={t('forms.interest.consent')} submit={t('forms.interest.submit')}>
      {campaign && <input type="hidden" name="campaign" value={campaign} />}
      <ServiceChoices
        t={t}
        legend={t('forms.interest.services')}
        hint={t('forms.interest.servicesHint')}
        {...answers}
      />
      <MunicipalityFields municipalities={municipalities} t={t} {...answers} />
      {(
        [
          ['name', t('forms.interest.name')],
          ['email', t('forms.interest.email')],
          ['phone', t('forms.interest.phone')],
        ] as const
      ).map(([field, label]) => (
        <ContactField key={field} field={field} label={label} spellCheck="false" {...answers} />
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
          <TextInput key={field} id={field} label={label} short inputMode="numeric" {...answers} />
        ))}
      </fieldset>
      <Choices
        name="ageGroup"
        legend={t('forms.interest.ageGroup')}
        type="radio"
        options={AGE_GROUPS}
        label={(key) => t(`forms.interest.ageGroups.${key}`)}
        chosen={value('ageGroup')}
      />
      <TextArea
        id="about"
        label={t('forms.interest.about')}
        hint={t('forms.interest.aboutHint')}
        maxLength={1000}
        {...answers}
      />
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
    </FormShell>
  )
}
