import { useEffect, useRef, useState } from 'react'
import type { z } from 'zod/mini'

import { fieldErrorsWith } from '../../../core/forms/errors'
import type { FormTexts } from '../../../core/forms/texts'
import { formValues } from '../../../core/forms/values'
import type { Locale } from '../../../core/i18n/locales'
import { lookupIn } from '../../../core/i18n/lookup'

type Texts = { networkError: string; rateLimited: string }
/** The endpoint's schema, imported on demand: zod is most of a form island's weight. */
export type LoadSchema = () => Promise<z.ZodMiniType>

/**
 * What every form island does: check the form with the endpoint's own schema, post JSON once per
 * filled-in form (Idempotency-Key), and move focus to the errors, the problem or the receipt. The
 * schema loads when the person first moves into the form (`prepare`), so reading the page costs none.
 */
export function useFormSubmission(options: {
  schema: LoadSchema
  action: string
  locale: Locale
  /** The form's texts the page handed the island, where field errors are looked up. */
  formTexts: FormTexts
  texts: Texts
  errors?: Record<string, string>
}) {
  const [errors, setErrors] = useState(options.errors ?? {})
  const [reference, setReference] = useState<string | null>(null)
  /** What the endpoint said beyond the reference (a booking: confirmed or waitlisted). */
  const [status, setStatus] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const startedAt = useRef(Date.now())
  const idempotencyKey = useRef('')
  const container = useRef<HTMLDivElement>(null)
  const schema = useRef<Promise<z.ZodMiniType> | null>(null)
  const prepare = () => (schema.current ??= options.schema())

  useEffect(() => {
    if (!idempotencyKey.current) idempotencyKey.current = crypto.randomUUID()
  }, [])
  useEffect(() => {
    container.current?.querySelector<HTMLElement>('.error-summary, .receipt h2, .form-problem')?.focus()
  }, [errors, reference, problem])

  async function submit(event: React.FormEvent<HTMLDivElement>) {
    event.preventDefault()
    const values = formValues(new FormData(event.target as HTMLFormElement))
    setProblem(null)
    const checked = await prepare().then(
      (loaded) => loaded.safeParse(values),
      () => null,
    )
    if (!checked) {
      schema.current = null // a failed load is tried again on the next submit
      return setProblem(options.texts.networkError)
    }
    if (!checked.success)
      return setErrors(fieldErrorsWith(checked.error, (key) => lookupIn(options.formTexts, key)))
    setErrors({})
    setSending(true)
    try {
      const response = await fetch(options.action, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': idempotencyKey.current,
        },
        body: JSON.stringify({ ...values, locale: options.locale, startedAt: startedAt.current }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        reference?: string
        status?: string
        errors?: Record<string, string>
      }
      if (response.status === 201 && body.reference) {
        setStatus(body.status ?? null)
        setReference(body.reference)
      } else if (response.status === 400 && body.errors) setErrors(body.errors)
      else if (response.status === 409 && body.errors?.form) setProblem(body.errors.form)
      else setProblem(response.status === 429 ? options.texts.rateLimited : options.texts.networkError)
    } catch {
      setProblem(options.texts.networkError)
    } finally {
      setSending(false)
    }
  }

  return { errors, reference, status, problem, sending, submit, prepare, container }
}
