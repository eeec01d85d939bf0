import { type FieldShape, anonymisedChange } from '../../core/domain/anonymise'

/**
 * A case record as retention leaves it (history and contact log as its many-valued fields),
 * and the change it made, for tests of what anonymising keeps.
 */
export function anonymiseRecord<R extends Record<string, unknown>>(
  collection: Parameters<typeof anonymisedChange>[0],
  record: R,
): { change: Record<string, unknown>; anonymised: R } {
  const fields: FieldShape[] = Object.keys(record).map((name) => ({
    name,
    many: ['history', 'contactLog'].includes(name),
  }))
  const change = anonymisedChange(collection, record, fields, {
    now: new Date('2028-01-01T00:00:00Z'),
    reference: 'ANON-1',
  })
  return { change, anonymised: { ...record, ...change } as R }
}
