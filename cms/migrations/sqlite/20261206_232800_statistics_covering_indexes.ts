import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Covering indexes for the team and public statistics (cms/statistics), written by hand: Payload
 * cannot put the id in a compound index, nor index a hasMany select's, a relationship's or an
 * array field's own table. A team's registrations are found by id with what they are grouped by
 * (no wide-row reads); ids by period (and municipality) feed the services join; services both
 * ways round (totals by value, values by registration); a team's registrations by team; the
 * history's status at a moment per registration (evenings) and approvals by time (public).
 */
const INDEXES = [
  [
    'interest_registrations_id_grouped_idx',
    'interest_registrations',
    'id, created_at, channel, campaign_id, municipality_id, district',
  ],
  ['interest_registrations_created_at_id_idx', 'interest_registrations', 'created_at, id'],
  ['interest_registrations_municipality_created_at_id_idx', 'interest_registrations', 'municipality_id, created_at, id'],
  ['interest_registrations_services_value_parent_idx', 'interest_registrations_services', 'value, parent_id'],
  ['interest_registrations_services_parent_value_idx', 'interest_registrations_services', 'parent_id, value'],
  ['interest_registrations_rels_teams_path_parent_idx', 'interest_registrations_rels', 'teams_id, path, parent_id'],
  ['applications_rels_teams_path_parent_idx', 'applications_rels', 'teams_id, path, parent_id'],
  ['interest_registrations_history_parent_at_status_idx', 'interest_registrations_history', '_parent_id, at, status'],
  ['interest_registrations_history_status_at_parent_idx', 'interest_registrations_history', 'status, at, _parent_id'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${name}\` ON \`${table}\` (${columns});`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of INDEXES) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${name}\`;`))
}
