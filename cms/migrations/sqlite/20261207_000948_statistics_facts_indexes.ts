import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interest_registrations_facts_at_risk_moments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`month\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interest_registrations_facts_at_risk_moments_order_idx\` ON \`interest_registrations_facts_at_risk_moments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_facts_at_risk_moments_parent_id_idx\` ON \`interest_registrations_facts_at_risk_moments\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`facts_furthest_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`facts_first_contact_at\` text;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`facts_first_contact_working_days\` numeric;`)
  await db.run(sql`CREATE INDEX \`campaign_facts_furthestStep_status_createdAt_idx\` ON \`interest_registrations\` (\`campaign_id\`,\`facts_furthest_step\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`facts_firstContactWorkingDays_createdAt_idx\` ON \`interest_registrations\` (\`facts_first_contact_working_days\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`atRisk_status_idx\` ON \`interest_registrations\` (\`at_risk\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`campaign_channel_createdAt_municipality_idx\` ON \`interest_registrations\` (\`campaign_id\`,\`channel\`,\`created_at\`,\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`municipality_district_createdAt_idx\` ON \`interest_registrations\` (\`municipality_id\`,\`district\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evening_status_attendance_seats_interestRegistration_idx\` ON \`bookings\` (\`evening_id\`,\`status\`,\`attendance\`,\`seats\`,\`interest_registration_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interest_registrations_facts_at_risk_moments\`;`)
  await db.run(sql`DROP INDEX \`campaign_facts_furthestStep_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`facts_firstContactWorkingDays_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`atRisk_status_idx\`;`)
  await db.run(sql`DROP INDEX \`campaign_channel_createdAt_municipality_idx\`;`)
  await db.run(sql`DROP INDEX \`municipality_district_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`facts_furthest_step\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`facts_first_contact_at\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`facts_first_contact_working_days\`;`)
  await db.run(sql`DROP INDEX \`evening_status_attendance_seats_interestRegistration_idx\`;`)
}
