import type React from 'react'
import type { Endpoint, PayloadRequest } from 'payload'

import { type LinkPurpose, verifyLinkToken } from '../../core/domain/signedLink'
import type { Locale } from '../../core/i18n/locales'
import { type TextKey, type Values, text } from '../../core/i18n/text'
import { htmlPage, htmlResponse } from './page'
import { readBody } from './readBody'

/** The texts of one link's pages: what it asks, its button, and its answers. */
type LinkText = 'title' | 'ask' | 'button' | 'done' | 'already' | 'invalid'

type PersonalLink<Doc> = {
  /** Below the collection's path: `/api/<collection>/<path>`. */
  path: string
  purpose: LinkPurpose
  texts: (key: LinkText) => TextKey
  /** The record the token names, or null if it is gone. */
  find: (req: PayloadRequest, id: string) => Promise<Doc | null>
  locale: (doc: Doc) => Locale
  /** The link was already used (the record's own status says so). */
  used: (doc: Doc) => boolean
  /** What the question names after the asking text (an evening's topic), if anything. */
  subject?: (doc: Doc) => string
  /** Does what the link is for; returns the values the `done` text fills in. */
  act: (req: PayloadRequest, doc: Doc) => Promise<Values | void>
}

async function page(locale: Locale, title: string, body: React.ReactNode, status = 200) {
  const html = await htmlPage(
    locale,
    title,
    <>
      <h1>{title}</h1>
      {body}
    </>,
  )
  return htmlResponse(html, status, { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
}

/**
 * A personal link from an e-mail, as two endpoints. Opening it only asks (mail scanners open
 * links), the button acts; the link works once, and an altered token is refused with a clear page.
 */
export function personalLinkEndpoints<Doc>(link: PersonalLink<Doc>): Endpoint[] {
  const t = (locale: Locale, key: LinkText, values?: Values) => text(locale, link.texts(key), values)
  // An anonymised record is gone for the person as for staff: the link answers as if it were deleted.
  const recordFor = async (req: PayloadRequest, token: string) => {
    const id = verifyLinkToken(req.payload.secret, link.purpose, token)
    const doc = id ? await link.find(req, id) : null
    return doc && !(doc as { anonymisedAt?: string | null }).anonymisedAt ? doc : null
  }
  const answer =
    (respond: (req: PayloadRequest, token: string, doc: Doc, locale: Locale) => Promise<Response>) =>
    async (req: PayloadRequest, token: string) => {
      const doc = await recordFor(req, token)
      if (!doc) return page('sv', t('sv', 'title'), <p>{t('sv', 'invalid')}</p>, 400)
      const locale = link.locale(doc)
      if (link.used(doc)) return page(locale, t(locale, 'title'), <p>{t(locale, 'already')}</p>)
      return respond(req, token, doc, locale)
    }
  const ask = answer(async (req, token, doc, locale) =>
    page(
      locale,
      t(locale, 'title'),
      <form method="post" action={new URL(req.url ?? '', 'http://localhost').pathname}>
        <p>{link.subject ? `${t(locale, 'ask')} ${link.subject(doc)}?` : t(locale, 'ask')}</p>
        <input type="hidden" name="token" value={token} />
        <button className="form-submit" type="submit">
          {t(locale, 'button')}
        </button>
      </form>,
    ),
  )
  const act = answer(async (req, _token, doc, locale) =>
    page(locale, t(locale, 'title'), <p>{t(locale, 'done', (await link.act(req, doc)) ?? {})}</p>),
  )
  return [
    {
      path: link.path,
      method: 'get',
      handler: (req) => ask(req, new URL(req.url ?? '', 'http://localhost').searchParams.get('token') ?? ''),
    },
    {
      path: link.path,
      method: 'post',
      handler: async (req) => {
        const body = await readBody(req)
        return act(req, body && body !== 'too-large' ? String(body.values.token ?? '') : '')
      },
    },
  ]
}
