import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Indexes for the team statistics (cms/statistics), written by hand: Payload declares compound
 * indexes only on a collection's own table, not on an array field's table (history, contactLog).
 * (_parent_id, _order) finds a record's status at a moment (at risk); (_parent_id, at) its first
 * staff act (time to first contact, call-back).
 */
const INDEXES = [
  ['interest_registrations_history_parent_order_idx', 'interest_registrations_history', '_parent_id, _order'],
  ['interest_registrations_history_parent_at_idx', 'interest_registrations_history', '_parent_id, at'],
  ['interest_registrations_contact_log_parent_at_idx', 'interest_registrations_contact_log', '_parent_id, at'],
  ['applications_history_parent_at_idx', 'applications_history', '_parent_id, at'],
  ['applications_contact_log_parent_at_idx', 'applications_contact_log', '_parent_id, at'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${name}\` ON \`${table}\` (${columns});`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of INDEXES) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${name}\`;`))
}
