import type Database from 'libsql'

type Statement = Database.Statement
type Column = ReturnType<Statement['columns']>[number]

/** Statements kept per connection, least recently used dropped first: more than a post and an admin screen use. */
const MAX_STATEMENTS = 256

/** Statements that change the schema, after which no kept statement (or its columns) is trusted. */
const SCHEMA_CHANGE = /^\s*(?:CREATE|ALTER|DROP)\s/i
/** The same anywhere in a script of several statements. */
const SCHEMA_CHANGE_IN_SCRIPT = /\b(?:CREATE|ALTER|DROP)\s/i

/**
 * A kept statement as libsql's client uses it (executeStmt): it sets the integer and raw modes
 * before each use, asks for the columns, then runs it. The modes are set on SQLite only when they
 * change, and the columns and whether it returns rows are learned once; a schema change drops
 * the statement, since its columns may differ after.
 */
class KeptStatement {
  #safeIntegers: boolean | undefined
  #raw: boolean | undefined
  /** raw() fails on a statement that returns no rows; the failure is kept and thrown again. */
  #notReader: unknown
  #columns: Column[] | undefined

  constructor(private readonly statement: Statement) {}

  safeIntegers(on = true) {
    if (this.#safeIntegers !== on) this.statement.safeIntegers(on)
    this.#safeIntegers = on
    return this
  }

  raw(on = true) {
    if (this.#notReader) throw this.#notReader
    if (this.#raw === on) return this
    try {
      this.statement.raw(on)
    } catch (error) {
      this.#notReader = error
      throw error
    }
    this.#raw = on
    return this
  }

  columns() {
    return (this.#columns ??= this.statement.columns())
  }

  get reader() {
    return this.statement.reader
  }

  run(...args: unknown[]) {
    return this.statement.run(...args)
  }

  get(...args: unknown[]) {
    return this.statement.get(...args)
  }

  all(...args: unknown[]) {
    return this.statement.all(...args)
  }

  iterate(...args: unknown[]) {
    return this.statement.iterate(...args)
  }
}

/**
 * libsql's client prepares every statement anew, each time it runs (SQLite parses and plans it,
 * and the client asks it for its columns twice): a large part of a post's CPU, for the same few
 * statements. Here a connection keeps the statements it prepared. SQLite prepares a kept
 * statement again itself when the schema changed, but libsql's column list does not follow, so
 * every kept statement is dropped when this connection changes the schema, and when another
 * did: call the returned `checkSchema` at the start of each transaction.
 */
export function keepStatements(connection: Database.Database): { checkSchema: () => void } {
  const prepare = connection.prepare.bind(connection)
  const exec = connection.exec.bind(connection)
  const kept = new Map<string, KeptStatement>()
  // Reading sqlite_schema makes SQLite notice another connection's schema change and read it
  // again; the version alone does not, and a statement prepared after would report old columns.
  const schemaVersion = prepare(
    'SELECT schema_version, (SELECT 1 FROM sqlite_schema LIMIT 1) FROM pragma_schema_version',
  ).raw(true)
  let version: unknown = undefined
  const forget = () => {
    kept.clear()
    version = undefined
  }
  connection.prepare = ((sql: string) => {
    if (SCHEMA_CHANGE.test(sql)) {
      forget()
      return prepare(sql)
    }
    let statement = kept.get(sql)
    if (statement) kept.delete(sql)
    else {
      statement = new KeptStatement(prepare(sql))
      if (kept.size >= MAX_STATEMENTS) kept.delete(kept.keys().next().value as string)
    }
    kept.set(sql, statement)
    return statement as unknown as Statement
  }) as typeof connection.prepare
  connection.exec = ((sql: string) => {
    if (SCHEMA_CHANGE_IN_SCRIPT.test(sql)) forget()
    return exec(sql)
  }) as typeof connection.exec
  return {
    checkSchema: () => {
      const [[current]] = schemaVersion.all() as [[unknown]]
      if (current !== version) kept.clear()
      version = current
    },
  }
}
