import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { asLocale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { hasRole } from '../../access/roles'
import { AccessRequestForm } from './AccessRequestForm'

/**
 * /admin/access-request: an admin finds everything the portal holds about one e-mail address or
 * phone number and downloads it (cms/endpoints/accessRequest.ts does the search and logs it).
 */
export function AccessRequestView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const t = translator(asLocale(req.i18n.language))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="access-request">
        <h1>{t('cms.accessRequest.title')}</h1>
        {hasRole(req.user, 'admin') ? (
          <AccessRequestForm
            texts={{
              intro: t('cms.accessRequest.intro'),
              email: t('cms.accessRequest.email'),
              phone: t('cms.accessRequest.phone'),
              search: t('cms.accessRequest.search'),
              found: t('cms.accessRequest.found'),
              downloadJson: t('cms.accessRequest.downloadJson'),
              downloadHtml: t('cms.accessRequest.downloadHtml'),
              failed: t('cms.accessRequest.failed'),
            }}
            kinds={{
              'interest-registrations': t('collections.interestRegistrations.plural'),
              applications: t('collections.applications.plural'),
              bookings: t('collections.bookings.plural'),
              outbox: t('collections.outboxMessages.plural'),
            }}
          />
        ) : (
          <p>{t('cms.accessRequest.adminsOnly')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
