import { CollectionCards } from '@payloadcms/next/rsc'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { asLocale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { hasRole } from '../../access/roles'
import { AdminToday } from './AdminToday'
import { CommunicationsToday } from './CommunicationsToday'
import { IntakeToday } from './IntakeToday'
import { RecruiterToday } from './RecruiterToday'

/**
 * The admin's start page: what needs doing today, one section per role the user holds, each count
 * a link to the list it counts. Payload's collection tiles follow below the work.
 */
export function TodayView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const locale = asLocale(req.i18n.language)
  const section = { req, now: new Date(), locale, t: translator(locale) }
  const { t } = section
  return (
    <Gutter className="today">
      <h1>{t('cms.today.title')}</h1>
      {hasRole(req.user, 'recruiter') ? <RecruiterToday {...section} /> : null}
      {hasRole(req.user, 'intake') ? <IntakeToday {...section} /> : null}
      {hasRole(req.user, 'communications') ? <CommunicationsToday {...section} /> : null}
      {hasRole(req.user, 'admin') ? <AdminToday {...section} /> : null}
      <section className="today__section" aria-labelledby="today-content">
        <h2 id="today-content">{t('cms.today.content')}</h2>
        <CollectionCards
          req={req}
          user={req.user}
          permissions={initPageResult.permissions}
          cookies={initPageResult.cookies}
          locale={initPageResult.locale}
          widgetSlug="collections"
        />
      </section>
    </Gutter>
  )
}
