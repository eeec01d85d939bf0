import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '../../core/i18n/locales'
import type { NameOf } from '../../core/statistics/teamReport'
import { compute, statisticsDatabase } from './database'
import type { DatabaseMetric } from './query'
import type { NamesWanted } from './teamReport'

type Topics = { ids: string[]; locale: string }

/**
 * Evening topics read where the data is: a year's 2,000 evenings read through the Local API ran
 * each one's read hooks (its seats) and took seconds.
 */
export const eveningTopics: DatabaseMetric<
  { id: string; topic: string | null },
  Map<string, string>,
  Topics
> = {
  sql: ({ ids, locale }) => ({
    sql: `SELECT _parent_id AS id, topic FROM info_evenings_locales
      WHERE _locale = :locale AND _parent_id IN (SELECT value FROM json_each(:ids))`,
    args: { ids: JSON.stringify(ids), locale },
  }),
  pipeline: ({ ids, locale }, mongoIds) => ({
    collection: 'info-evenings',
    pipeline: [
      { $match: { _id: { $in: ids.map(mongoIds.id) } } },
      { $project: { _id: 0, id: { $toString: '$_id' }, topic: `$topic.${locale}` } },
    ],
  }),
  result: (rows) => new Map(rows.map((row) => [String(row.id), String(row.topic ?? '')])),
}

/**
 * The names a report shows for its ids: campaign titles, evening topics, district names. The three
 * kinds are read at once, each reading only the field it is named by.
 */
export async function namesFor(payload: Payload, wanted: NamesWanted): Promise<NameOf> {
  const find = { depth: 0, pagination: false, locale: DEFAULT_LOCALE } as const
  const municipalityIds = [...new Set(wanted.districts.map((key) => key.split(':')[0]))]
  const [campaigns, topics, municipalities] = await Promise.all([
    wanted.campaigns.length
      ? payload.find({
          collection: 'campaigns',
          where: { id: { in: wanted.campaigns } },
          select: { title: true },
          ...find,
        })
      : null,
    wanted.evenings.length
      ? compute(statisticsDatabase(payload), eveningTopics, { ids: wanted.evenings, locale: DEFAULT_LOCALE })
      : null,
    municipalityIds.length
      ? payload.find({
          collection: 'municipalities',
          where: { id: { in: municipalityIds } },
          select: { districts: true },
          ...find,
        })
      : null,
  ])
  const names = new Map<string, string>()
  for (const campaign of campaigns?.docs ?? []) names.set(`campaign:${campaign.id}`, campaign.title)
  for (const [id, topic] of topics ?? []) names.set(`evening:${id}`, topic)
  for (const municipality of municipalities?.docs ?? [])
    for (const district of municipality.districts ?? [])
      names.set(`district:${municipality.id}:${district.key}`, district.name)
  return (kind, key) => names.get(`${kind}:${key}`) ?? ''
}
