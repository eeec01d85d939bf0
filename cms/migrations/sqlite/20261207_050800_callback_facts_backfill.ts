import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { reachedAssessmentAt } from '../../../core/statistics/evenings'
import { applicationFactsOf } from '../../fields/applicationFacts'
import { timelineOf } from '../../fields/registrationFacts'
import { entriesOf } from './20261207_001000_registration_facts_backfill'

/**
 * Written by hand, after the migration that adds the columns (20261207_050728_callback_facts): works out every
 * existing application's stored first contact (fields/applicationFacts) and every registration's
 * stored time it reached assessment (fields/registrationFacts) with the functions the hooks use, a
 * batch at a time, and indexes the registrations' assessment time by id so an evening's attendees
 * are one index seek each (cms/statistics/evenings). Anonymised records are computed from what
 * they kept, which holds everything these facts read (core/domain/anonymise KEPT_IN_ENTRIES).
 */
const BATCH = 5_000
const INDEX = 'interest_registrations_id_reached_assessment_idx'

type Db = MigrateUpArgs['db']

/** Each batch of `table`'s ids, oldest id first, with the row's arrival time. */
async function* batches(db: Db, table: 'applications' | 'interest_registrations') {
  for (let after = ''; ; ) {
    const rows = await db.all<{ id: string; created_at: string }>(
      sql`SELECT id, created_at FROM ${sql.raw(table)} WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`,
    )
    if (!rows.length) return
    yield { rows, ids: JSON.stringify(rows.map((row) => row.id)) }
    after = rows.at(-1)!.id
  }
}

async function applications(db: Db) {
  for await (const { rows, ids } of batches(db, 'applications')) {
    const history = await entriesOf(db, 'applications_history', 'status, at, by_id AS "by", to_team_id AS "toTeam"', ids)
    const contactLog = await entriesOf(db, 'applications_contact_log', 'at', ids)
    const values = JSON.stringify(
      rows.map(({ id, created_at }) => {
        const facts = applicationFactsOf({
          createdAt: created_at,
          history: history.get(id) ?? [],
          contactLog: contactLog.get(id) ?? [],
        })
        return [id, facts.firstContactAt, facts.firstContactWorkingDays]
      }),
    )
    await db.run(sql`UPDATE applications SET facts_first_contact_at = f.first_at, facts_first_contact_working_days = f.days
      FROM (SELECT value ->> 0 AS id, value ->> 1 AS first_at, value ->> 2 AS days FROM json_each(${values})) f
      WHERE applications.id = f.id`)
  }
}

async function registrations(db: Db) {
  for await (const { rows, ids } of batches(db, 'interest_registrations')) {
    const history = await entriesOf(db, 'interest_registrations_history', 'status, at', ids)
    const values = JSON.stringify(
      rows.flatMap(({ id, created_at }) => {
        const timeline = timelineOf({ createdAt: created_at, history: history.get(id) ?? [] })
        const reached = reachedAssessmentAt(timeline.history)
        return reached ? [[id, reached]] : []
      }),
    )
    await db.run(sql`UPDATE interest_registrations SET facts_reached_assessment_at = f.at
      FROM (SELECT value ->> 0 AS id, value ->> 1 AS at FROM json_each(${values})) f
      WHERE interest_registrations.id = f.id`)
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql.raw(`CREATE INDEX IF NOT EXISTS \`${INDEX}\` ON \`interest_registrations\` (id, facts_reached_assessment_at);`),
  )
  await applications(db)
  await registrations(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw(`DROP INDEX IF EXISTS \`${INDEX}\`;`))
}
