import { InterestRegistrationSchema } from '../../../core/forms/interestRegistration'
import { type InterestFormProps, InterestFormFields } from '../../../core/forms/components/InterestFormFields'
import { Receipt } from '../../../core/forms/components/Receipt'
import { translator } from '../../../core/i18n/text'
import { useFormSubmission } from './useFormSubmission'

/**
 * The island: the same form, checked in the browser with the endpoint's schema and sent as JSON,
 * so errors and the receipt appear without a page load. Without JavaScript the form posts plainly.
 */
export default function InterestForm(props: InterestFormProps) {
  const t = translator(props.locale)
  const texts = {
    networkError: t('forms.interest.networkError'),
    rateLimited: t('forms.interest.rateLimited'),
  }
  const form = useFormSubmission({
    schema: InterestRegistrationSchema,
    action: props.action,
    locale: props.locale,
    texts,
    errors: props.errors,
  })
  if (form.reference) {
    return (
      <div ref={form.container}>
        <Receipt
          title={t('forms.interest.receiptTitle')}
          referenceLabel={t('forms.shared.receiptReference')}
          reference={form.reference}
          next={t('forms.interest.receiptNext')}
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
      <InterestFormFields {...props} errors={form.errors} />
    </div>
  )
}
