import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deletion_records\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`rule\` text NOT NULL,
  	\`deleted_at\` text NOT NULL,
  	\`municipality_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deletion_records_reference_idx\` ON \`deletion_records\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`deletion_records_kind_idx\` ON \`deletion_records\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`deletion_records_deleted_at_idx\` ON \`deletion_records\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`deletion_records_municipality_idx\` ON \`deletion_records\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`deletion_records_updated_at_idx\` ON \`deletion_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deletion_records_created_at_idx\` ON \`deletion_records\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`ended_at\` text;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_ended_at_idx\` ON \`interest_registrations\` (\`ended_at\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`escalated_at\` text;`)
  await db.run(sql`CREATE INDEX \`applications_escalated_at_idx\` ON \`applications\` (\`escalated_at\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_application_days_after_close\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_application_escalate_after_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_interest_days_after_end\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_interest_inactive_months\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_booking_days_after_evening\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`retention_outbox_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`municipality_id\` text(36) REFERENCES municipalities(id);`)
  await db.run(sql`CREATE INDEX \`outbox_municipality_idx\` ON \`outbox\` (\`municipality_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deletion_records_id\` text(36) REFERENCES deletion_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deletion_records_id_idx\` ON \`payload_locked_documents_rels\` (\`deletion_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deletion_records\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_outbox\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`attachments\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`provider_id\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_outbox\`("id", "key", "kind", "to", "subject", "text", "attachments", "status", "attempts", "last_error", "provider_id", "sent_at", "updated_at", "created_at") SELECT "id", "key", "kind", "to", "subject", "text", "attachments", "status", "attempts", "last_error", "provider_id", "sent_at", "updated_at", "created_at" FROM \`outbox\`;`)
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`ALTER TABLE \`__new_outbox\` RENAME TO \`outbox\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`outbox_key_idx\` ON \`outbox\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`outbox_status_idx\` ON \`outbox\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outbox_sent_at_idx\` ON \`outbox\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
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
  	\`bookings_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`teams_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`outbox_id\` text(36),
  	\`seat_ledgers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`info_evenings_id\`) REFERENCES \`info_evenings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interest_registrations_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`teams_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_ledgers_id\`) REFERENCES \`seat_ledgers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "bookings_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id", "seat_ledgers_id") SELECT "id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "bookings_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id", "seat_ledgers_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_info_evenings_id_idx\` ON \`payload_locked_documents_rels\` (\`info_evenings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_teams_id_idx\` ON \`payload_locked_documents_rels\` (\`teams_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_ledgers_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_ledgers_id\`);`)
  await db.run(sql`DROP INDEX \`interest_registrations_ended_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` DROP COLUMN \`ended_at\`;`)
  await db.run(sql`DROP INDEX \`applications_escalated_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`escalated_at\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_application_days_after_close\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_application_escalate_after_days\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_interest_days_after_end\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_interest_inactive_months\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_booking_days_after_evening\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`retention_outbox_days\`;`)
}
