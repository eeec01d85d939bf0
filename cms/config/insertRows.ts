import type { InStatement } from '@libsql/client'
import { type Column, SQL, getTableColumns, is } from '@payloadcms/db-sqlite/drizzle'

type Row = Record<string, unknown>
/** drizzle marks this internal; generated columns are left out of inserts. */
type InsertColumn = Column & { shouldDisableInsert(): boolean }
type Table = Parameters<typeof getTableColumns>[0]
/** A row's key for each column and the column, and the column list the INSERT names. */
type Columns = { columns: [key: string, column: InsertColumn][]; names: string }
type InsertArgs = { db: unknown; tableName: string; values: Row | Row[]; onConflictDoUpdate?: unknown }
export type Insert = (this: unknown, args: InsertArgs) => Promise<Row[]>
type Executor = { execute(statement: InStatement): Promise<unknown> }
type Dialect = { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } }

const NAME = Symbol.for('drizzle:Name')

/** The columns an insert names, in drizzle's order; worked out once per table. */
function columnsOf(known: WeakMap<Table, Columns>, table: Table): Columns {
  let found = known.get(table)
  if (!found) {
    const columns = (Object.entries(getTableColumns(table)) as Columns['columns']).filter(
      ([, column]) => !column.shouldDisableInsert(),
    )
    found = { columns, names: columns.map(([, column]) => `"${column.name}"`).join(', ') }
    known.set(table, found)
  }
  return found
}

/** What drizzle stores for a column a row leaves out: its default, its default function's value, or NULL. */
function missingValue(column: Column): unknown {
  if (column.default !== null && column.default !== undefined) return column.default
  if (column.defaultFn) return column.defaultFn()
  if (column.onUpdateFn) return column.onUpdateFn()
  return null
}

/** The INSERT drizzle would build for `rows`, without its RETURNING clause. */
function statementFor(table: Table, { columns, names }: Columns, rows: Row[], dialect: Dialect): InStatement {
  const args: unknown[] = []
  const cell = (column: InsertColumn, given: unknown) => {
    const value = given === undefined ? missingValue(column) : given
    if (is(value, SQL)) {
      const query = dialect.sqlToQuery(value as SQL)
      args.push(...query.params)
      return query.sql
    }
    args.push(value === null ? null : column.mapToDriverValue(value))
    return '?'
  }
  const tuples = rows.map((row) => `(${columns.map(([key, column]) => cell(column, row[key])).join(', ')})`)
  const name = (table as unknown as Record<symbol, string>)[NAME]
  return { sql: `insert into "${name}" (${names}) values ${tuples.join(', ')}`, args: args as never }
}

/**
 * The rows as they are stored and answered: each with its id (its own, or one from the id
 * column's default function, a new document's UUID, as drizzle would choose it), or, for a
 * table of relationships, ids left to the database, since Payload never reads them back from its
 * insert. Null when an id is needed and the database would assign it.
 */
function rowsToStore(
  table: Table,
  tableName: string,
  relationshipsSuffix: string,
  rows: Row[],
): Row[] | null {
  const chooseId = getTableColumns(table).id?.defaultFn
  if (!rows.some((row) => row.id == null)) return rows
  if (chooseId) return rows.map((row) => (row.id == null ? { ...row, id: chooseId() } : row))
  return tableName.endsWith(relationshipsSuffix) ? rows : null
}

/** The connection a drizzle database or transaction writes on. */
function executorOf(db: unknown): Executor | undefined {
  const session = (db as { session?: { tx?: Executor; client?: Executor } }).session
  return session?.tx ?? session?.client
}

/**
 * The SQLite adapter's insert, for rows that carry their ids: one plain INSERT, without
 * RETURNING. Payload inserts each row with RETURNING, reads every column of it back and has
 * drizzle build the SQL anew, only to learn ids chosen in JavaScript (a new document's, an
 * array row's); on a form post that was about a third of the CPU. Upserts, and rows whose ids the
 * database assigns and Payload reads back, stay with `insert`.
 */
export function insertWithoutReadBack(
  insert: Insert,
  adapter: () => { tables: Record<string, Table>; dialect: Dialect; relationshipsSuffix: string },
): Insert {
  const known = new WeakMap<Table, Columns>()
  return async function (this: unknown, args) {
    const rows = Array.isArray(args.values) ? args.values : [args.values]
    const { tables, dialect, relationshipsSuffix } = adapter()
    const table = tables[args.tableName]
    const executor = executorOf(args.db)
    const stored =
      table && !args.onConflictDoUpdate ? rowsToStore(table, args.tableName, relationshipsSuffix, rows) : null
    if (!table || !executor || !stored?.length) return insert.call(this, args)
    await executor.execute(statementFor(table, columnsOf(known, table), stored, dialect))
    return stored
  }
}
