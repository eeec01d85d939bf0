import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`untouched\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`next_action_reminded_for\` text;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_untouched_idx\` ON \`interest_registrations\` (\`untouched\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`untouched\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`next_action_reminded_for\` text;`)
  await db.run(sql`CREATE INDEX \`applications_untouched_idx\` ON \`applications\` (\`untouched\`);`)
  // What staff have already acted on (a contact-log line, or a status change with an author) is not untouched.
  for (const table of ['interest_registrations', 'applications']) {
    await db.run(
      sql.raw(`UPDATE ${table} SET untouched = false WHERE id IN (
        SELECT _parent_id FROM ${table}_contact_log
        UNION SELECT _parent_id FROM ${table}_history WHERE by_id IS NOT NULL AND to_team_id IS NULL)`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`interest_registrations_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`next_action_reminded_for\`;`)
  await db.run(sql`DROP INDEX \`applications_untouched_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`untouched\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`next_action_reminded_for\`;`)
}
