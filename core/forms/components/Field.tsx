import type React from 'react'

type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  children: (describedBy: string | undefined) => React.ReactNode
}

/** The error styling goes on the whole group, so label, hint and input are marked together. */
const groupClass = (error?: string) => (error ? 'form-group form-group--error' : 'form-group')

/** What aria-describedby names: the hint and the error shown with the answer, where there are any. */
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

/** The hint and the inline error under a label or legend, with the ids aria-describedby names. */
function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  )
}

/** A labelled field with its hint and inline error, wired with aria-describedby. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy(id, hint, error))}
    </div>
  )
}

export type ChoicesProps<Option extends string> = {
  name: string
  legend: string
  hint?: string
  error?: string
  type: 'checkbox' | 'radio'
  /** The answers the form's schema takes, in the order shown. */
  options: readonly Option[]
  label: (option: Option) => string
  /** What was ticked when the form comes back: one answer for radios, a list for checkboxes. */
  chosen: string | string[]
}

/** A fieldset of checkboxes or radios; the first input carries the id the error summary links to. */
export function Choices<Option extends string>(props: ChoicesProps<Option>) {
  const { name, legend, hint, error, type, options, label, chosen } = props
  return (
    <fieldset className={groupClass(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="form-legend">{legend}</legend>
      <HintAndError id={name} hint={hint} error={error} />
      {options.map((option, index) => (
        <div className="form-choice" key={option}>
          <input
            type={type}
            id={index === 0 ? name : `${name}-${option}`}
            name={name}
            value={option}
            defaultChecked={[chosen].flat().includes(option)}
          />
          <label htmlFor={index === 0 ? name : `${name}-${option}`}>{label(option)}</label>
        </div>
      ))}
    </fieldset>
  )
}

type SummaryProps = { title: string; errors: Record<string, string> }

/** The error summary at the top of the form; each message links to its field. */
export function ErrorSummary({ title, errors }: SummaryProps) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {Object.entries(errors).map(([field, text]) => (
          <li key={field}>
            <a href={`#${field}`}>{text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

type ConsentProps = {
  label: string
  privacyLink: string
  privacyHref: string
  checked: boolean
  error?: string
}

/** The consent box, with the privacy notice one link away. */
export function Consent({ label, privacyLink, privacyHref, checked, error }: ConsentProps) {
  return (
    <div className={groupClass(error)}>
      <HintAndError id="consent" error={error} />
      <div className="form-choice">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          defaultChecked={checked}
          aria-describedby={describedBy('consent', undefined, error)}
        />
        <label htmlFor="consent">
          {label} <a href={privacyHref}>{privacyLink}</a>
        </label>
      </div>
    </div>
  )
}

/**
 * What tells a bot from a person without a CAPTCHA: a field only bots fill in (off-screen, out of
 * the tab order, hidden from assistive technology) and the time the form was shown, which the
 * endpoint requires to be a few seconds old. A static page carries its build time; the island
 * (Preact, which hydrates over the build's value without comparing) sends the time it opened. A
 * form shown again with errors keeps the first time, so a person who corrects one field and sends
 * at once is not taken for a bot.
 */
export function SpamGuards({ label, startedAt = '' }: { label: string; startedAt?: string }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">{label}</label>
      <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      <input
        type="hidden"
        name="startedAt"
        defaultValue={/^\d{1,15}$/.test(startedAt) ? startedAt : String(Date.now())}
      />
    </div>
  )
}
