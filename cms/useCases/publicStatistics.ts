import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '../../core/i18n/locales'
import { publicStatisticsOf } from '../../core/statistics/public'
import type { PublicStatistics } from '../../core/statistics/report'
import { compute, statisticsDatabase } from '../statistics/database'
import { publicCounts } from '../statistics/public'

/**
 * The public statistics: counts per municipality and quarter computed in the database, then
 * suppressed (core/statistics/suppression). Only those cells leave: no record, no id of one.
 */
export async function publicStatistics(payload: Payload): Promise<PublicStatistics> {
  const now = new Date()
  const counts = await compute(statisticsDatabase(payload), publicCounts, { now })
  const { docs } = await payload.find({
    collection: 'municipalities',
    depth: 0,
    pagination: false,
    locale: DEFAULT_LOCALE,
  })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale: DEFAULT_LOCALE })
  const areas = docs.map((doc) => ({ id: String(doc.id), slug: doc.slug, name: doc.name }))
  return publicStatisticsOf(counts, areas, settings.siteName, now)
}
