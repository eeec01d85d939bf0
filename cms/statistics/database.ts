import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import type { WithReaders } from '../config/adapter'
import type { Aggregation, DatabaseMetric, MongoIds, SqlStatement } from './query'

/** Where statistics are computed: SQL on SQLite, aggregations on MongoDB; either answers plain rows. */
export type StatisticsDatabase =
  | { kind: 'sqlite'; rows: (statement: SqlStatement) => Promise<Record<string, unknown>[]> }
  | {
      kind: 'mongodb'
      ids: MongoIds
      aggregate: (aggregation: Aggregation) => Promise<Record<string, unknown>[]>
    }

type Mongo = {
  collections: Record<
    string,
    { collection: { aggregate(pipeline: object[]): { toArray(): Promise<unknown[]> } } }
  >
  connection: { base: { Types: { ObjectId: { new (id: string): unknown; isValid(id: string): boolean } } } }
}

/**
 * Statistics run where the data is: on MongoDB through the adapter's connection, on SQLite on the
 * adapter's reader threads (cms/statistics/readers), or its own client if it has none.
 */
export function statisticsDatabase(payload: Payload): StatisticsDatabase {
  if (payload.db.name === 'mongoose') {
    const db = payload.db as unknown as Mongo
    const { ObjectId } = db.connection.base.Types
    return {
      kind: 'mongodb',
      // Relationships are stored as ObjectIds; anything else (a mistyped filter) matches nothing.
      ids: { id: (value) => (ObjectId.isValid(value) ? new ObjectId(value) : value) },
      aggregate: async ({ collection, pipeline }) =>
        (await db.collections[collection].collection.aggregate(pipeline).toArray()) as Record<
          string,
          unknown
        >[],
    }
  }
  const { client, statisticsReaders } = payload.db as unknown as { client: Client } & Partial<WithReaders>
  return {
    kind: 'sqlite',
    rows:
      statisticsReaders?.rows ??
      (async (statement) => (await client.execute(statement)).rows as unknown as Record<string, unknown>[]),
  }
}

/** Runs one statistic where the data is and reads its rows into the statistic's result. */
export async function compute<Row, Result, Query>(
  db: StatisticsDatabase,
  metric: DatabaseMetric<Row, Result, Query>,
  query: Query,
): Promise<Result> {
  const rows =
    db.kind === 'sqlite'
      ? await db.rows(metric.sql(query))
      : await db.aggregate(metric.pipeline(query, db.ids))
  return metric.result(rows as Row[], query)
}
