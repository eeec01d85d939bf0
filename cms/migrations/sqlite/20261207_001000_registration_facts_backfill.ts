import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import type { RegistrationFacts } from '../../../core/statistics/registrationFacts'
import { factsOf } from '../../fields/registrationFacts'

/**
 * Written by hand, after the migration that adds the `facts` columns (statistics_facts_indexes): works
 * out every existing registration's stored statistics facts with the same function the hook uses
 * (cms/fields/registrationFacts), a batch at a time. Indexes where Payload declares no compound
 * index: the at-risk moments by month (an array table), and a team's registrations' grouped
 * columns by id (Payload indexes no `id`), so a team's statistics read an index, not the wide rows
 * (the routed teams' index is in statistics_covering_indexes). Anonymised records are computed from
 * what they kept, which holds everything the facts read (core/domain/anonymise KEPT_IN_ENTRIES).
 */
const BATCH = 2_000
const MOMENTS = 'interest_registrations_facts_at_risk_moments'
const INDEXES = [
  ['interest_registrations_facts_at_risk_moments_month_idx', MOMENTS, 'month, _parent_id, at'],
  [
    'interest_registrations_id_statistics_idx',
    'interest_registrations',
    'id, created_at, campaign_id, facts_furthest_step, status, facts_first_contact_working_days, at_risk',
  ],
] as const

type Row = Record<string, string | null>
type Db = MigrateUpArgs['db']

/** The rows of a registration's array table for a batch, in each one's order, by registration. */
export async function entriesOf(db: Db, table: string, columns: string, ids: string) {
  const rows = await db.all<Row>(
    sql`SELECT _parent_id AS parent, ${sql.raw(columns)} FROM ${sql.raw(table)}
      WHERE _parent_id IN (SELECT value FROM json_each(${ids})) ORDER BY _parent_id, _order`,
  )
  const byParent = new Map<string, Row[]>()
  for (const row of rows) byParent.set(row.parent!, [...(byParent.get(row.parent!) ?? []), row])
  return byParent
}

/** One batch's facts and moments written with three statements (JSON in, rows out). */
async function write(db: Db, ids: string, facts: { id: string; facts: RegistrationFacts }[]) {
  const values = JSON.stringify(
    facts.map(({ id, facts: f }) => [id, f.furthestStep, f.firstContactAt, f.firstContactWorkingDays]),
  )
  await db.run(sql`UPDATE interest_registrations SET facts_furthest_step = f.step,
      facts_first_contact_at = f.first_at, facts_first_contact_working_days = f.days
    FROM (SELECT value ->> 0 AS id, value ->> 1 AS step, value ->> 2 AS first_at, value ->> 3 AS days
      FROM json_each(${values})) f
    WHERE interest_registrations.id = f.id`)
  await db.run(
    sql`DELETE FROM ${sql.raw(MOMENTS)} WHERE _parent_id IN (SELECT value FROM json_each(${ids}))`,
  )
  const moments = JSON.stringify(
    facts.flatMap(({ id, facts: f }) =>
      f.atRiskMoments.map((moment, index) => [index + 1, id, randomUUID(), moment.at, moment.month]),
    ),
  )
  await db.run(sql`INSERT INTO ${sql.raw(MOMENTS)} (_order, _parent_id, id, at, month)
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(${moments})`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${name}\` ON \`${table}\` (${columns});`))
  for (let after = ''; ; ) {
    const registrations = await db.all<{ id: string; created_at: string }>(
      sql`SELECT id, created_at FROM interest_registrations WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`,
    )
    if (!registrations.length) break
    const ids = JSON.stringify(registrations.map((row) => row.id))
    const history = await entriesOf(
      db,
      'interest_registrations_history',
      'status, at, by_id AS "by", to_team_id AS "toTeam"',
      ids,
    )
    const contactLog = await entriesOf(db, 'interest_registrations_contact_log', 'at', ids)
    const facts = registrations.map(({ id, created_at }) => ({
      id,
      facts: factsOf({
        createdAt: created_at,
        history: history.get(id) ?? [],
        contactLog: contactLog.get(id) ?? [],
      }),
    }))
    await write(db, ids, facts)
    after = registrations.at(-1)!.id
  }
  // Fresh statistics for the planner, so the statistics' groupings take their covering indexes.
  await db.run(sql.raw('ANALYZE;'))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of INDEXES) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${name}\`;`))
}
