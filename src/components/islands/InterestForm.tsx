import { useEffect, useRef, useState } from 'react'

import { fieldErrors } from '../../forms/errors'
import { InterestRegistrationSchema } from '../../forms/interestRegistration'
import { interestLabels } from '../../forms/interestLabels'
import { formValues } from '../../forms/values'
import { type InterestFormProps, InterestFormFields } from './InterestFormFields'

/**
 * The island: the same form, checked in the browser with the same schema as the endpoint and sent
 * as JSON, so errors and the receipt appear without a page load. Without JavaScript the plain
 * form posts and the CMS answers with a page.
 */
export default function InterestForm(props: InterestFormProps) {
  const text = interestLabels[props.locale]
  const [errors, setErrors] = useState(props.errors ?? {})
  const [reference, setReference] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const startedAt = useRef(Date.now())
  // One key per filled-in form: a double click or a retry after a timeout never stores twice.
  const idempotencyKey = useRef('')
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!idempotencyKey.current) idempotencyKey.current = crypto.randomUUID()
  }, [])
  useEffect(() => {
    container.current?.querySelector<HTMLElement>('.error-summary, .receipt h2, .form-problem')?.focus()
  }, [errors, reference, problem])

  async function submit(event: React.FormEvent<HTMLDivElement>) {
    event.preventDefault()
    const values = formValues(new FormData(event.target as HTMLFormElement))
    const checked = InterestRegistrationSchema.safeParse(values)
    setProblem(null)
    if (!checked.success) return setErrors(fieldErrors(checked.error, props.locale))
    setErrors({})
    setSending(true)
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey.current },
        body: JSON.stringify({ ...values, locale: props.locale, startedAt: startedAt.current }),
      })
      const body = (await response.json().catch(() => ({}))) as { reference?: string; errors?: Record<string, string> }
      if (response.status === 201 && body.reference) setReference(body.reference)
      else if (response.status === 400 && body.errors) setErrors(body.errors)
      else setProblem(response.status === 429 ? text.rateLimited : text.networkError)
    } catch {
      setProblem(text.networkError)
    } finally {
      setSending(false)
    }
  }

  if (reference) {
    return (
      <div ref={container} className="receipt">
        <h2 tabIndex={-1}>{text.receiptTitle}</h2>
        <p>{text.receiptReference}: <span className="receipt__reference">{reference}</span></p>
        <p>{text.receiptNext}</p>
      </div>
    )
  }
  return (
    <div ref={container} onSubmit={submit} aria-busy={sending}>
      {problem && <p className="field-error form-problem" role="alert" tabIndex={-1}>{problem}</p>}
      <InterestFormFields {...props} errors={errors} />
    </div>
  )
}
