import { ApplicationSchema } from '../../../core/forms/application'
import { applicationLabels } from '../../../core/forms/applicationLabels'
import { type ApplicationFormProps, ApplicationFormFields } from '../../../core/forms/components/ApplicationFormFields'
import { Receipt } from '../../../core/forms/components/Receipt'
import { useFormSubmission } from './useFormSubmission'

/** The application island: same form, same schema as the endpoint, receipt on screen. */
export default function ApplicationForm(props: ApplicationFormProps) {
  const text = applicationLabels[props.locale]
  const form = useFormSubmission({ schema: ApplicationSchema, action: props.action, locale: props.locale, texts: text, errors: props.errors })
  if (form.reference) {
    return <div ref={form.container}><Receipt title={text.receiptTitle} referenceLabel={text.receiptReference} reference={form.reference} next={text.receiptNext} /></div>
  }
  return (
    <div ref={form.container} onSubmit={form.submit} aria-busy={form.sending}>
      {form.problem && <p className="field-error form-problem" role="alert" tabIndex={-1}>{form.problem}</p>}
      <ApplicationFormFields {...props} errors={form.errors} />
    </div>
  )
}
