import type { CollectionSlug, Endpoint, Field, Payload, Where } from 'payload'

import { toCsv } from '../../core/domain/csv'
import { compactDateTime } from '../../core/i18n/format'
import { DEFAULT_LOCALE } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { idOf } from '../collections/relations'

type Doc = Record<string, unknown>
export type Named = { name: string; districts?: { key: string; name: string }[] | null }

const locale = DEFAULT_LOCALE
export const labelOf = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as Record<string, string>)[locale] ?? '')
    : String(value ?? '')

/** Names of the related teams, municipalities and staff, fetched once for the whole export. */
export async function namesOf(payload: Payload, docs: Doc[], fields: Field[]): Promise<Map<string, Named>> {
  const names = new Map<string, Named>()
  const wanted = new Map<string, Set<string>>()
  for (const field of fields) {
    if (field.type !== 'relationship' || typeof field.relationTo !== 'string') continue
    const ids = wanted.get(field.relationTo) ?? new Set<string>()
    for (const doc of docs)
      [doc[field.name]]
        .flat()
        .filter(Boolean)
        .forEach((value) => ids.add(idOf(value)))
    wanted.set(field.relationTo, ids)
  }
  for (const [collection, ids] of wanted) {
    if (!ids.size) continue
    // Only names are read: of the teams and places the rows were routed to, and of whoever holds them.
    const { docs: related } = await payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      depth: 0,
      pagination: false,
      locale,
    })
    for (const doc of related as unknown as Doc[])
      names.set(`${collection}:${doc.id}`, {
        name: String(doc.name || doc.email || doc.title || ''),
        districts: doc.districts as Named['districts'],
      })
  }
  return names
}

/** One cell as staff read it: labels not codes, names not ids, Ja/Nej, Swedish dates. */
export function cellOf(field: Field, doc: Doc, names: Map<string, Named>): string {
  if (!('name' in field)) return ''
  const value = doc[field.name]
  if (value === null || value === undefined || value === '') return ''
  switch (field.type) {
    case 'date':
      return compactDateTime(String(value))
    case 'checkbox':
      return text(locale, value ? 'cms.yesNo.yes' : 'cms.yesNo.no')
    case 'select':
      return [value]
        .flat()
        .map((item) =>
          labelOf(
            field.options
              .flatMap((option) => (typeof option === 'object' ? [option] : []))
              .find((option) => option.value === item)?.label ?? item,
          ),
        )
        .join(', ')
    case 'relationship':
      return [value]
        .flat()
        .map((item) => names.get(`${field.relationTo}:${idOf(item)}`)?.name ?? '')
        .join(', ')
    default:
      return String(value)
  }
}

/** The district by its name, from the submission's municipality. */
const districtName = (doc: Doc, names: Map<string, Named>) =>
  names
    .get(`municipalities:${idOf(doc.municipality)}`)
    ?.districts?.find((district) => district.key === doc.district)?.name ?? ''

/**
 * GET /api/<submissions>/export.csv?where…: the list the user is looking at, as CSV. Read with the
 * user's own access, so only their teams' rows come out; formula-safe, like the attendee list. The
 * gallring log (deletion records, admins only) is exported the same way.
 */
export const submissionExport = (
  collection: 'interest-registrations' | 'applications' | 'deletion-records',
  columns: string[],
): Endpoint => ({
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'sign in' }, { status: 401 })
    const where = typeof req.query?.where === 'object' ? (req.query.where as Where) : undefined
    const sort = typeof req.query?.sort === 'string' ? req.query.sort : 'createdAt'
    const { docs } = await req.payload.find({
      collection,
      where,
      sort,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
      // The access log records this read as the export it is, not as an API list.
      context: { accessLog: 'export' },
    })
    const fields = req.payload.collections[collection].config.fields
    const byName = new Map(fields.flatMap((field) => ('name' in field ? [[field.name, field] as const] : [])))
    const chosen = columns.flatMap((name) => (byName.has(name) ? [byName.get(name) as Field] : []))
    const rows = docs as unknown as Doc[]
    const names = await namesOf(req.payload, rows, chosen)
    const header = chosen.map((field) =>
      'name' in field && field.name === 'createdAt'
        ? text(locale, 'cms.listExport.received')
        : labelOf('label' in field ? field.label : ''),
    )
    const cells = rows.map((doc) =>
      chosen.map((field) =>
        'name' in field && field.name === 'district' ? districtName(doc, names) : cellOf(field, doc, names),
      ),
    )
    return new Response(`\uFEFF${toCsv(header, cells)}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${collection}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
})
