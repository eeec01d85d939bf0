import { CollectionCards } from '@payloadcms/next/rsc'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { asLocale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { hasRole } from '../../access/roles'
import { adminToday } from './AdminToday'
import { communicationsToday } from './CommunicationsToday'
import { intakeToday } from './IntakeToday'
import { recruiterToday } from './RecruiterToday'
import { Section } from './Tile'

/** The roles' sections, in the order the page shows them. */
const SECTIONS = [recruiterToday, intakeToday, communicationsToday, adminToday]

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
      {SECTIONS.filter((today) => hasRole(req.user, today.role)).map((today) => (
        <Section key={today.role} today={today} props={section} />
      ))}
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
