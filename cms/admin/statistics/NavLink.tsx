import type { ServerProps } from 'payload'

import { asLocale } from '../../../core/i18n/locales'
import { text } from '../../../core/i18n/text'
import { hasRole } from '../../access/roles'
import { STATISTICS_PATH, STATISTICS_ROLES } from './route'

/** The statistics view's place in the admin's navigation, for the roles that may read it. */
export function StatisticsNavLink({ user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, ...STATISTICS_ROLES)) return null
  return (
    <a className="nav__link" href={STATISTICS_PATH}>
      <span className="nav__link-label">{text(asLocale(i18n.language), 'cms.statistics.nav')}</span>
    </a>
  )
}
