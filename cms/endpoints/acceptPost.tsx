import type React from 'react'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod/mini'

import { errorKeys, fieldErrors } from '../../core/forms/errors'
import type { FormTexts } from '../../core/forms/texts'
import { DEFAULT_LOCALE, LOCALES, dictionaryOf } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { clientAddress } from './clientAddress'
import { privacyHref } from '../urls'
import { htmlResponse, sitePage } from './page'
import { consumeFormPost } from './rateLimit'
import { localeOf, looksLikeSpam, readBody } from './readBody'

/** A person needs longer than this to fill in any form; a bot posts at once. */
const MIN_FILL_MS = 3000
type Locale = 'sv' | 'en'

/** 413 before the body is read whole: in kind for the island, as a page for a plain post. */
async function tooLarge(req: PayloadRequest): Promise<Response> {
  req.payload.logger.info('form post refused: body too large')
  // The language is in the body, which is not read: the JSON answer is in the default language, the page in every one.
  if (req.headers.get('content-type')?.includes('application/json'))
    return Response.json({ errors: { form: text(DEFAULT_LOCALE, 'errors.form.tooLarge') } }, { status: 413 })
  const everyLanguage = LOCALES.map((locale) => text(locale, 'errors.form.tooLarge')).join(' / ')
  return htmlResponse(
    await sitePage(req.payload, 'sv', 'Kontaktportalen', <p className="notice">{everyLanguage}</p>),
    413,
  )
}

/** Answers with field errors: JSON for the island, the form again (input kept) for a plain post. */
export type Refuse = (
  errors: Record<string, string>,
  status?: number,
  headers?: Record<string, string>,
) => Promise<Response>

export type FormPage = {
  /** Names the endpoint in log lines, which carry field names and error keys, never values. */
  name: string
  title: (locale: Locale) => string
  /** The form again, from the same component the site renders. */
  renderForm: (props: {
    locale: Locale
    texts: FormTexts
    action: string
    privacyHref: string
    values: Record<string, string>
    errors: Record<string, string>
  }) => React.ReactElement | Promise<React.ReactElement>
}

export type Accepted<T> =
  | { ok: true; data: T; locale: Locale; isJson: boolean; idempotencyKey?: string; refuse: Refuse }
  | { ok: false; response: Response }

/**
 * The shared front of every public form endpoint: JSON or a plain post in, then the rate limit,
 * the honeypot and minimum fill time (no CAPTCHA), and the form's own zod schema. What passes is
 * handed on with the person's language and a way to refuse in kind.
 */
export async function acceptPost<S extends z.ZodMiniType>(
  req: PayloadRequest,
  schema: S,
  page: FormPage,
): Promise<Accepted<z.infer<S>>> {
  const body = await readBody(req)
  if (body === 'too-large') return { ok: false, response: await tooLarge(req) }
  if (!body)
    return {
      ok: false,
      response: Response.json(
        { errors: { form: text(DEFAULT_LOCALE, 'errors.form.retry') } },
        { status: 400 },
      ),
    }
  const { values, isJson } = body
  const locale = localeOf(values)
  const refuse: Refuse = async (errors, status = 400, headers = {}) => {
    if (isJson) return Response.json({ errors }, { status, headers })
    const title = page.title(locale)
    const form = await page.renderForm({
      locale,
      texts: dictionaryOf(locale),
      action: req.url ?? '',
      privacyHref: privacyHref(locale),
      values: values as Record<string, string>,
      errors,
    })
    return htmlResponse(
      await sitePage(
        req.payload,
        locale,
        title,
        <>
          <h1>{title}</h1>
          {form}
        </>,
      ),
      status,
      headers,
    )
  }
  const refused = async (
    reason: string,
    errors: Record<string, string>,
    status?: number,
    headers?: Record<string, string>,
  ) => {
    req.payload.logger.info(`${page.name}: ${reason}`)
    return { ok: false as const, response: await refuse(errors, status, headers) }
  }
  const waitSeconds = await consumeFormPost(req.payload, clientAddress(req))
  if (waitSeconds !== null)
    return refused('rate-limited', { form: text(locale, 'errors.form.rateLimited') }, 429, {
      'retry-after': String(waitSeconds),
    })
  const parsed = schema.safeParse(values)
  // Field errors first: they help a person, and an invalid post stores nothing whoever sent it.
  if (!parsed.success)
    return refused(`invalid (${errorKeys(parsed.error).join(', ')})`, fieldErrors(parsed.error, locale))
  if (looksLikeSpam(values, Date.now(), MIN_FILL_MS))
    return refused('rejected as likely spam', { form: text(locale, 'errors.form.retry') })
  const idempotencyKey = req.headers.get('idempotency-key')?.slice(0, 100) || undefined
  return { ok: true, data: parsed.data, locale, isJson, idempotencyKey, refuse }
}
