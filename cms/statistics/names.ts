import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '../../core/i18n/locales'
import type { NameOf } from '../../core/statistics/teamReport'
import type { NamesWanted } from './teamReport'

/** The names a report shows for its ids, read once per kind: campaign titles, evening topics, district names. */
export async function namesFor(payload: Payload, wanted: NamesWanted): Promise<NameOf> {
  const names = new Map<string, string>()
  const read = async <Slug extends 'campaigns' | 'info-evenings' | 'municipalities'>(
    collection: Slug,
    ids: string[],
  ) =>
    ids.length
      ? (
          await payload.find({
            collection,
            where: { id: { in: ids } },
            depth: 0,
            pagination: false,
            locale: DEFAULT_LOCALE,
          })
        ).docs
      : []
  for (const campaign of await read('campaigns', wanted.campaigns))
    names.set(`campaign:${campaign.id}`, campaign.title)
  for (const evening of await read('info-evenings', wanted.evenings))
    names.set(`evening:${evening.id}`, evening.topic)
  const municipalities = [...new Set(wanted.districts.map((key) => key.split(':')[0]))]
  for (const municipality of await read('municipalities', municipalities))
    for (const district of municipality.districts ?? [])
      names.set(`district:${municipality.id}:${district.key}`, district.name)
  return (kind, key) => names.get(`${kind}:${key}`) ?? ''
}
