import { ApplicationSchema } from '../../../core/forms/application'
import {
  type ApplicationFormProps,
  ApplicationFormFields,
} from '../../../core/forms/components/ApplicationFormFields'
import { Receipt } from '../../../core/forms/components/Receipt'
import { translator } from '../../../core/i18n/text'
import { useFormSubmission } from './useFormSubmission'

/** The application island: same form, same schema as the endpoint, receipt on screen. */
export default function ApplicationForm(props: ApplicationFormProps) {
  const t = translator(props.locale)
  const texts = {
    networkError: t('forms.application.networkError'),
    rateLimited: t('forms.application.rateLimited'),
  }
  const form = useFormSubmission({
    schema: ApplicationSchema,
    action: props.action,
    locale: props.locale,
    texts,
    errors: props.errors,
  })
  if (form.reference) {
    return (
      <div ref={form.container}>
        <Receipt
          title={t('forms.application.receiptTitle')}
          referenceLabel={t('forms.shared.receiptReference')}
          reference={form.reference}
          next={t('forms.application.receiptNext')}
        />
      </div>
    )
  }
  return (
    <div ref={form.container} onSubmit={form.submit} aria-busy={form.sending}>
      {form.problem && (
        <p className="field-error form-problem" role="alert" tabIndex={-1}>
          {form.problem}
        </p>
      )}
      <ApplicationFormFields {...props} errors={form.errors} />
    </div>
  )
}
