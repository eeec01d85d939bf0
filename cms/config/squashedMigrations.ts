import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * The migrations that `20261206_165201_schema` replaced: nine steps that each rebuilt tables,
 * squashed into one readable schema before the first release. A database that ran them already
 * has that schema, so the new migration only records itself there.
 */
export const SQUASHED_MIGRATIONS = [
  '20261124_142313_initial',
  '20261124_150357_organisation_campaigns_evenings',
  '20261124_153130_interest_registrations',
  '20261124_160617_applications',
  '20261124_171454_outbox_follow_up_retention',
  '20261124_171849_action_queue_presets',
  '20261124_175727_bookings_seat_ledgers',
  '20261125_104532_booking_notes_duplicates',
  '20261206_152718_staff_workspace',
] as const

/** What the schema migration does on a database that has run `recorded`: build, skip, or refuse. */
export function schemaStep(recorded: readonly string[]): 'create' | 'skip' | 'refuse' {
  const ran = SQUASHED_MIGRATIONS.filter((name) => recorded.includes(name))
  if (!ran.length) return 'create'
  return ran.length === SQUASHED_MIGRATIONS.length ? 'skip' : 'refuse'
}

/** True where the squashed migrations already built the schema; throws for a half-migrated one. */
export async function schemaAlreadyBuilt(db: MigrateUpArgs['db']): Promise<boolean> {
  const table = await db.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`,
  )
  const rows = table.length ? await db.all<{ name: string }>(sql`SELECT name FROM payload_migrations`) : []
  const step = schemaStep(rows.map((row) => row.name))
  if (step === 'refuse') {
    throw new Error(
      'This database stopped part-way through the migrations before 2026-12-06. Start commit ' +
        '2e8a214 once (npm start) to finish them, then this version.',
    )
  }
  return step === 'skip'
}
