'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'

import { asLocale } from '../../../core/i18n/locales'
import { text } from '../../../core/i18n/text'

/** In the admin's navigation, for admins only: the way to an access request. */
export function AccessRequestLink() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { i18n } = useTranslation()
  if (!user?.roles?.includes('admin')) return null
  return (
    <a className="nav__link" href="/admin/access-request">
      <span className="nav__link-label">{text(asLocale(i18n.language), 'cms.accessRequest.title')}</span>
    </a>
  )
}
