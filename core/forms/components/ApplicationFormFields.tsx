import { SERVICE_KEYS } from '../../domain/organisation'
import { formTranslator } from '../texts'
import { APPLICANTS, CALL_TIMES, FOR_WHOM } from '../choices'
import { ContactField, type FormProps, FormShell, Radios, TextArea, textValue } from './FormParts'
import { MunicipalityFields, type MunicipalityOption } from './MunicipalityFields'

export type ApplicationFormProps = FormProps & { municipalities: MunicipalityOption[] }

/** The application for support: only what intake needs to call back. Same source for page, CMS and island. */
export function ApplicationFormFields(props: ApplicationFormProps) {
  const { municipalities, values = {}, errors = {} } = props
  const t = formTranslator(props.texts)
  const answers = { values, errors }
  return (
    <FormShell {...props} consent={t('forms.application.consent')} submit={t('forms.application.submit')}>
      <Radios
        name="applicant"
        legend={t('forms.application.applicant')}
        options={APPLICANTS}
        label={(key) => t(`forms.application.applicants.${key}`)}
        {...answers}
      />
      <Radios
        name="forWhom"
        legend={t('forms.application.forWhom')}
        hint={t('forms.application.forWhomHint')}
        options={FOR_WHOM}
        label={(key) => t(`forms.application.forWhoms.${key}`)}
        {...answers}
      />
      <div className="form-group">
        <div className="form-choice">
          <input
            type="checkbox"
            id="disability"
            name="disability"
            defaultChecked={textValue(values, 'disability') === 'on'}
          />
          <label htmlFor="disability">{t('forms.application.disability')}</label>
        </div>
      </div>
      <Radios
        name="service"
        legend={t('forms.application.service')}
        options={[...SERVICE_KEYS, 'not-sure']}
        label={(key) => (key === 'not-sure' ? t('forms.application.notSure') : t(`domain.services.${key}`))}
        {...answers}
      />
      <MunicipalityFields municipalities={municipalities} t={t} {...answers} />
      <ContactField field="name" label={t('forms.application.name')} {...answers} />
      <ContactField field="phone" label={t('forms.application.phone')} {...answers} />
      <Radios
        name="callTime"
        legend={t('forms.application.callTime')}
        options={CALL_TIMES}
        label={(key) => t(`forms.application.callTimes.${key}`)}
        {...answers}
      />
      <ContactField
        field="email"
        label={t('forms.application.email')}
        hint={t('forms.application.emailHint')}
        {...answers}
      />
      <TextArea
        id="message"
        label={t('forms.application.message')}
        hint={t('forms.application.messageWarning')}
        maxLength={500}
        {...answers}
      />
    </FormShell>
  )
}
