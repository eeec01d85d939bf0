import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`facts_reached_assessment_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`facts_first_contact_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`facts_first_contact_working_days\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`facts_reached_assessment_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`facts_first_contact_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`facts_first_contact_working_days\`;`)
}
