import type { Client } from '@libsql/client'
import type { PayloadRequest } from 'payload'

type Collection = 'interest-registrations' | 'applications' | 'bookings'
type SqliteTables = {
  client: Client
  tables: Record<string, Record<string, { name: string }>>
  tableNameMap: Map<string, string>
}

/** One SELECT per collection and columns asked for, built from the adapter's own table once. */
const statements = new Map<string, string>()

function statementFor(db: SqliteTables, collection: Collection, fields: readonly string[]): string {
  const cacheKey = `${collection}:${fields.join(',')}`
  let sql = statements.get(cacheKey)
  if (!sql) {
    const tableName = db.tableNameMap.get(collection.replaceAll('-', '_')) as string
    const table = db.tables[tableName]
    const columns = fields.map((field) => `"${table[field].name}"`).join(', ')
    sql = `SELECT ${columns} FROM "${tableName}" WHERE "${table.idempotencyKey.name}" = ? LIMIT 1`
    statements.set(cacheKey, sql)
  }
  return sql
}

/**
 * The public post stored earlier with this idempotency key, if any: only the fields asked for.
 * On SQLite one indexed SELECT of those columns; the adapter's findOne builds a relational query
 * with every array of the collection joined in, on every post.
 */
export async function findByIdempotencyKey<F extends string>(
  req: PayloadRequest,
  collection: Collection,
  key: string,
  fields: readonly F[],
): Promise<Record<F, string> | undefined> {
  const db = req.payload.db
  if (db.name !== 'sqlite')
    return (
      (await db.findOne<Record<F, string> & { id: string }>({
        collection,
        where: { idempotencyKey: { equals: key } },
        select: Object.fromEntries(fields.map((field) => [field, true])),
        req,
      })) ?? undefined
    )
  const sqlite = db as unknown as SqliteTables
  const { rows } = await sqlite.client.execute({
    sql: statementFor(sqlite, collection, fields),
    args: [key],
  })
  const row = rows[0]
  return row
    ? (Object.fromEntries(fields.map((field, i) => [field, String(row[i])])) as Record<F, string>)
    : undefined
}
