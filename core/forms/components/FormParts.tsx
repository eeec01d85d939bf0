import type React from 'react'

import { SERVICE_KEYS } from '../../domain/organisation'
import type { Locale } from '../../i18n/locales'
import { type FormTexts, type Translate, formTranslator } from '../texts'
import { Choices, type ChoicesProps, Consent, ErrorSummary, Field, SpamGuards } from './Field'

export type FormValues = Record<string, string | string[]>
type Errors = Record<string, string>

/** One typed answer, or '' where there is none (or a list, which no text field takes). */
export const textValue = (values: FormValues, name: string) =>
  typeof values[name] === 'string' ? (values[name] as string) : ''

/** What every form takes: its language, where it posts, and what came back with errors. */
export type FormProps = {
  locale: Locale
  /** The form's texts in its language: the whole dictionary in the CMS, the form's own on the site. */
  texts: FormTexts
  /** The CMS endpoint the plain HTML form posts to. */
  action: string
  /** The privacy notice, linked from the consent box. */
  privacyHref: string
  /** What the person typed, when the form is shown again with errors. */
  values?: FormValues
  errors?: Errors
}

type ShellProps = FormProps & {
  /** The form's own consent text and button label. */
  consent: string
  submit: string
  children: React.ReactNode
}

/**
 * The plain HTML form every form page posts: the error summary and the language it was filled in,
 * the form's own fields, then consent with the privacy notice one link away, the spam guards, the button.
 */
export function FormShell({
  action,
  locale,
  texts,
  privacyHref,
  values = {},
  errors = {},
  consent,
  submit,
  children,
}: ShellProps) {
  const t = formTranslator(texts)
  return (
    <form method="post" action={action} noValidate>
      {Object.keys(errors).length > 0 && (
        <ErrorSummary title={t('forms.shared.errorSummary')} errors={errors} />
      )}
      <input type="hidden" name="locale" value={locale} />
      {children}
      <Consent
        label={consent}
        privacyLink={t('forms.shared.privacyLink')}
        privacyHref={privacyHref}
        checked={textValue(values, 'consent') === 'on'}
        error={errors.consent}
      />
      <SpamGuards label={t('forms.shared.honeypot')} startedAt={textValue(values, 'startedAt')} />
      <button className="form-submit" type="submit">
        {submit}
      </button>
    </form>
  )
}

/** The contact fields every form asks for, with the browser's autofill names for them. */
const CONTACT = {
  name: { type: 'text', autoComplete: 'name' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
} as const

/** What came back with the form, which every answer is shown again from. */
export type Answers = { values: FormValues; errors: Errors }
type AnswerProps = Answers & { label: string; hint?: string }

/**
 * Spell checking is off by the text 'false': spellcheck is an enumerated attribute, and Preact (the
 * site's renderer) leaves a boolean false out where React writes it.
 */
type InputProps = Pick<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'inputMode'> & {
  spellCheck?: 'false'
}

/** A one-line answer, as typed before when the form comes back with errors. */
export function TextInput({
  id,
  label,
  hint,
  values,
  errors,
  short,
  ...input
}: AnswerProps & InputProps & { id: string; short?: boolean }) {
  return (
    <Field id={id} label={label} hint={hint} error={errors[id]}>
      {(describedBy) => (
        <input
          className={short ? 'form-input form-input--short' : 'form-input'}
          id={id}
          name={id}
          type={input.type}
          autoComplete={input.autoComplete}
          inputMode={input.inputMode}
          defaultValue={textValue(values, id)}
          aria-describedby={describedBy}
          aria-invalid={Boolean(errors[id])}
          spellCheck={input.spellCheck}
        />
      )}
    </Field>
  )
}

/** Name, e-mail or phone, with the browser's autofill name for it. */
export function ContactField({
  field,
  ...props
}: AnswerProps & { field: keyof typeof CONTACT; spellCheck?: 'false' }) {
  return <TextInput id={field} {...CONTACT[field]} {...props} />
}

/** A free-text answer of at most `maxLength` characters. */
export function TextArea({
  id,
  label,
  hint,
  values,
  errors,
  maxLength,
}: AnswerProps & { id: string; maxLength: number }) {
  return (
    <Field id={id} label={label} hint={hint} error={errors[id]}>
      {(describedBy) => (
        <textarea
          className="form-textarea"
          id={id}
          name={id}
          maxLength={maxLength}
          defaultValue={textValue(values, id)}
          aria-describedby={describedBy}
          aria-invalid={Boolean(errors[id])}
        />
      )}
    </Field>
  )
}

/** One answer out of `options`, ticked as before; `preset` is ticked when nothing was chosen yet. */
export function Radios<Option extends string>({
  name,
  values,
  errors,
  preset,
  ...choices
}: Answers & Omit<ChoicesProps<Option>, 'type' | 'error' | 'chosen'> & { preset?: Option }) {
  return (
    <Choices
      name={name}
      error={errors[name]}
      type="radio"
      chosen={textValue(values, name) || (preset ?? '')}
      {...choices}
    />
  )
}

/** The services to tick, named in the form's language. */
export function ServiceChoices({
  values,
  errors,
  t,
  ...texts
}: Answers & Pick<ChoicesProps<string>, 'legend' | 'hint'> & { t: Translate }) {
  return (
    <Choices
      name="services"
      error={errors.services}
      type="checkbox"
      options={SERVICE_KEYS}
      label={(key) => t(`domain.services.${key}`)}
      chosen={values.services ?? []}
      {...texts}
    />
  )
}
