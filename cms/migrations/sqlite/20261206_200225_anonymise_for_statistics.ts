import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_anonymised_at_idx\` ON \`interest_registrations\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`applications_anonymised_at_idx\` ON \`applications\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`bookings_anonymised_at_idx\` ON \`bookings\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_statistics_horizon_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`deletion_records\` ADD \`erasure\` text DEFAULT 'deleted' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`deletion_records_erasure_idx\` ON \`deletion_records\` (\`erasure\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`interest_registrations_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`DROP INDEX \`applications_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`DROP INDEX \`bookings_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`DROP INDEX \`deletion_records_erasure_idx\`;`)
  await db.run(sql`ALTER TABLE \`deletion_records\` DROP COLUMN \`erasure\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_statistics_horizon_days\`;`)
}
