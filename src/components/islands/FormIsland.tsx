import type { ComponentType, ReactNode } from 'react'
import { Receipt } from '../../../core/forms/components/Receipt'
import { type FormTexts, type Translate, formTranslator } from '../../../core/forms/texts'
import type { Locale } from '../../../core/i18n/locales'
import type { TextKey } from '../../../core/i18n/text'
import { type LoadSchema, useFormSubmission } from './useFormSubmission'

type Submission = ReturnType<typeof useFormSubmission>

type FrameProps = {
  form: Submission
  t: Translate
  /** The receipt's title and next step, shown in place of the form once the endpoint gave a reference. */
  receipt: { title: string; next: string }
  /** What stands above the problem line (the booking form's seat count). */
  lead?: ReactNode
  children: ReactNode
}

/** What every form island shows: the form with the endpoint's problem above it, or the receipt. */
export function FormFrame({ form, t, receipt, lead, children }: FrameProps) {
  if (form.reference) {
    return (
      <div ref={form.container}>
        <Receipt
          title={receipt.title}
          referenceLabel={t('forms.shared.receiptReference')}
          reference={form.reference}
          next={receipt.next}
        />
      </div>
    )
  }
  return (
    <div ref={form.container} onFocus={form.prepare} onSubmit={form.submit} aria-busy={form.sending}>
      {lead}
      {form.problem && (
        <p className="field-error form-problem" role="alert" tabIndex={-1}>
          {form.problem}
        </p>
      )}
      {children}
    </div>
  )
}

type Texts = Record<'networkError' | 'rateLimited' | 'receiptTitle' | 'receiptNext', TextKey>

/** Each form's texts by their whole keys (the dictionaries test looks for keys written out). */
const TEXTS = {
  application: {
    networkError: 'forms.application.networkError',
    rateLimited: 'forms.application.rateLimited',
    receiptTitle: 'forms.application.receiptTitle',
    receiptNext: 'forms.application.receiptNext',
  },
  interest: {
    networkError: 'forms.interest.networkError',
    rateLimited: 'forms.interest.rateLimited',
    receiptTitle: 'forms.interest.receiptTitle',
    receiptNext: 'forms.interest.receiptNext',
  },
} satisfies Record<string, Texts>

type FieldsProps = { action: string; locale: Locale; texts: FormTexts; errors?: Record<string, string> }

type IslandProps<P extends FieldsProps> = {
  form: keyof typeof TEXTS
  /** The endpoint's own schema, checked in the browser before sending. */
  schema: LoadSchema
  Fields: ComponentType<P>
  props: P
}

/**
 * A form island with one receipt: the same form, checked in the browser with the endpoint's schema
 * and sent as JSON, so errors and the receipt appear without a page load. Without JavaScript the form
 * posts plainly.
 */
export function FormIsland<P extends FieldsProps>({ form: name, schema, Fields, props }: IslandProps<P>) {
  const t = formTranslator(props.texts)
  const keys = TEXTS[name]
  const texts = { networkError: t(keys.networkError), rateLimited: t(keys.rateLimited) }
  const form = useFormSubmission({
    schema,
    action: props.action,
    locale: props.locale,
    formTexts: props.texts,
    texts,
    errors: props.errors,
  })
  return (
    <FormFrame form={form} t={t} receipt={{ title: t(keys.receiptTitle), next: t(keys.receiptNext) }}>
      <Fields {...props} errors={form.errors} />
    </FormFrame>
  )
}
