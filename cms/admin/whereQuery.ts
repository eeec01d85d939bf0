import type { Where } from 'payload'

// Admin-relative paths built here rather than in cms/urls.ts, which pulls in node:crypto: the
// list's export button (a client component) builds its link from this file too.

type Value = Where | Where[] | string | number | boolean | null | undefined | Value[]

const bracketed = (key: string) => encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')

/** `where[and][0][status][equals]=new`: the query string Payload's list view and REST API read a filter from. */
export function whereQuery(where: Where, prefix = 'where'): string {
  const pairs: string[] = []
  const walk = (value: Value, key: string) => {
    if (value === undefined) return
    if (value === null || typeof value !== 'object') {
      pairs.push(`${bracketed(key)}=${encodeURIComponent(String(value))}`)
      return
    }
    for (const [name, item] of Object.entries(value)) walk(item as Value, `${key}[${name}]`)
  }
  walk(where, prefix)
  return pairs.join('&')
}

/** A filter and a sort as one query string ("" when neither). */
const listQuery = (where?: Where, sort?: string) =>
  [where ? whereQuery(where) : '', sort ? `sort=${encodeURIComponent(sort)}` : ''].filter(Boolean).join('&')

/** A collection's list in the admin, filtered (and sorted) as given. */
export const listPath = (collection: string, where: Where, sort?: string) =>
  `/admin/collections/${collection}?${listQuery(where, sort)}`

/** One document in the admin. */
export const documentPath = (collection: string, id: string | number) =>
  `/admin/collections/${collection}/${encodeURIComponent(String(id))}`

/** The CSV of a submission list, as filtered and sorted on screen. */
export function exportPath(collection: string, where?: Where, sort?: string): string {
  const query = listQuery(where, sort)
  return `/api/${collection}/export.csv${query ? `?${query}` : ''}`
}
