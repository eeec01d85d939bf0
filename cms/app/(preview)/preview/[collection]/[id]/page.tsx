import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { headers as getHeaders } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { localeTag } from '../../../../../../core/i18n/locales'
import { translator } from '../../../../../../core/i18n/text'
import { RefreshOnSave } from './RefreshOnSave'

export const dynamic = 'force-dynamic'

const PREVIEWABLE = ['pages', 'campaigns', 'info-evenings'] as const
type Previewable = (typeof PREVIEWABLE)[number]

type Args = {
  params: Promise<{ collection: string; id: string }>
  searchParams: Promise<{ locale?: string }>
}

/** The latest draft of a page, campaign or evening, for signed-in staff only; the site never sees drafts. */
export default async function DraftPreview({ params, searchParams }: Args) {
  const [{ collection, id }, query] = await Promise.all([params, searchParams])
  const locale = query.locale === 'en' ? 'en' : 'sv'
  if (!PREVIEWABLE.includes(collection as Previewable)) notFound()
  const t = translator(locale)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await getHeaders() })
  if (!user) {
    return (
      <main className="container" lang={locale}>
        <h1>{t('cms.preview.signInTitle')}</h1>
        <p>
          <a href="/admin/login">{t('cms.preview.signInLink')}</a>
        </p>
      </main>
    )
  }
  const doc = await payload
    .findByID({
      collection: collection as Previewable,
      id,
      draft: true,
      locale,
      user,
      overrideAccess: false,
      depth: 1,
    })
    .catch(() => null)
  if (!doc) notFound()
  return (
    <main className="container" lang={locale}>
      <p className="preview-banner">{t('cms.preview.banner')}</p>
      {'summary' in doc && (
        <>
          <h1>{doc.title}</h1>
          {doc.summary && <p className="lead">{doc.summary}</p>}
          {doc.content && <RichText data={doc.content} />}
        </>
      )}
      {'ctaLabel' in doc && (
        <>
          <h1>{doc.title}</h1>
          {doc.message && <RichText data={doc.message} />}
          <p>
            <span className="form-submit">{doc.ctaLabel}</span>
          </p>
        </>
      )}
      {'topic' in doc && (
        <>
          <h1>{doc.topic}</h1>
          {doc.description && <p className="lead">{doc.description}</p>}
          <p>
            {new Intl.DateTimeFormat(localeTag(locale), {
              timeZone: 'Europe/Stockholm',
              dateStyle: 'full',
              timeStyle: 'short',
            }).format(new Date(doc.startsAt))}
          </p>
          <p>{doc.online ? t('cms.preview.online') : doc.place}</p>
        </>
      )}
      <RefreshOnSave />
    </main>
  )
}
