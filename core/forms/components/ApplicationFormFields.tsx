import { SERVICE_KEYS, SERVICES } from '../../domain/organisation'
import { translator } from '../../i18n/text'
import { APPLICANTS, CALL_TIMES, FOR_WHOM } from '../application'
import { Choices, MunicipalityFields, type MunicipalityOption } from './Field'
import { ContactField, type FormProps, FormShell, TextArea, textValue } from './FormParts'

export type ApplicationFormProps = FormProps & { municipalities: MunicipalityOption[] }

/** The application for support: only what intake needs to call back. Same source for page, CMS and island. */
export function ApplicationFormFields(props: ApplicationFormProps) {
  const { locale, municipalities, values = {}, errors = {} } = props
  const t = translator(locale)
  const value = (name: string) => textValue(values, name)
  return (
    <FormShell {...props} consent={t('forms.application.consent')} submit={t('forms.application.submit')}>
      <Choices
        name="applicant"
        legend={t('forms.application.applicant')}
        error={errors.applicant}
        type="radio"
        options={APPLICANTS}
        label={(key) => t(`forms.application.applicants.${key}`)}
        chosen={value('applicant')}
      />
      <Choices
        name="forWhom"
        legend={t('forms.application.forWhom')}
        hint={t('forms.application.forWhomHint')}
        error={errors.forWhom}
        type="radio"
        options={FOR_WHOM}
        label={(key) => t(`forms.application.forWhoms.${key}`)}
        chosen={value('forWhom')}
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
        options={[...SERVICE_KEYS, 'not-sure']}
        label={(key) => (key === 'not-sure' ? t('forms.application.notSure') : SERVICES[key][locale])}
        chosen={value('service')}
      />
      <MunicipalityFields
        municipalities={municipalities}
        locale={locale}
        municipality={value('municipality')}
        district={value('district')}
        error={errors.municipality}
      />
      <ContactField field="name" label={t('forms.application.name')} values={values} errors={errors} />
      <ContactField field="phone" label={t('forms.application.phone')} values={values} errors={errors} />
      <Choices
        name="callTime"
        legend={t('forms.application.callTime')}
        error={errors.callTime}
        type="radio"
        options={CALL_TIMES}
        label={(key) => t(`forms.application.callTimes.${key}`)}
        chosen={value('callTime')}
      />
      <ContactField
        field="email"
        label={t('forms.application.email')}
        hint={t('forms.application.emailHint')}
        values={values}
        errors={errors}
      />
      <TextArea
        id="message"
        label={t('forms.application.message')}
        hint={t('forms.application.messageWarning')}
        maxLength={500}
        values={values}
        errors={errors}
      />
    </FormShell>
  )
}
