import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { headers as getHeaders } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { RefreshOnSave } from './RefreshOnSave'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string }> }

/** A page's latest draft, for signed-in staff only; the public site never sees drafts. */
export default async function PagePreview({ params, searchParams }: Args) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const locale = query.locale === 'en' ? 'en' : 'sv'
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await getHeaders() })
  if (!user) {
    return (
      <main className="container" lang={locale}>
        <h1>{locale === 'en' ? 'Sign in to preview' : 'Logga in för att förhandsgranska'}</h1>
        <p><a href="/admin/login">{locale === 'en' ? 'Sign in to the admin' : 'Logga in i administrationen'}</a></p>
      </main>
    )
  }
  const page = await payload
    .findByID({ collection: 'pages', id, draft: true, locale, user, overrideAccess: false, depth: 1 })
    .catch(() => null)
  if (!page) notFound()
  return (
    <main className="container" lang={locale}>
      <p className="preview-banner">{locale === 'en' ? 'Preview – not published' : 'Förhandsgranskning – inte publicerad'}</p>
      <h1>{page.title}</h1>
      {page.summary && <p className="lead">{page.summary}</p>}
      {page.content && <RichText data={page.content} />}
      <RefreshOnSave />
    </main>
  )
}
