import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`outbox\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`provider_id\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`outbox_key_idx\` ON \`outbox\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`outbox_status_idx\` ON \`outbox\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outbox_sent_at_idx\` ON \`outbox\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`locale\` text DEFAULT 'sv';`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`last_change_at\` text;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`reminded_at\` text;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`at_risk\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_last_change_at_idx\` ON \`interest_registrations\` (\`last_change_at\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_at_risk_idx\` ON \`interest_registrations\` (\`at_risk\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`locale\` text DEFAULT 'sv';`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`last_change_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reminded_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`at_risk\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`applications_last_change_at_idx\` ON \`applications\` (\`last_change_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_at_risk_idx\` ON \`applications\` (\`at_risk\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_id\` text(36) REFERENCES outbox(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` text(36),
  	\`campaigns_id\` text(36),
  	\`info_evenings_id\` text(36),
  	\`interest_registrations_id\` text(36),
  	\`applications_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`teams_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`info_evenings_id\`) REFERENCES \`info_evenings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interest_registrations_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`teams_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "municipalities_id", "teams_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "municipalities_id", "teams_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_info_evenings_id_idx\` ON \`payload_locked_documents_rels\` (\`info_evenings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_teams_id_idx\` ON \`payload_locked_documents_rels\` (\`teams_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`interest_registrations_last_change_at_idx\`;`)
  await db.run(sql`DROP INDEX \`interest_registrations_at_risk_idx\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`locale\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`reminded_at\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`at_risk\`;`)
  await db.run(sql`DROP INDEX \`applications_last_change_at_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_at_risk_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`locale\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`reminded_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`at_risk\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
