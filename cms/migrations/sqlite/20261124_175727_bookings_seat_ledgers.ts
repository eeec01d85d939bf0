import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`bookings_services\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_services_order_idx\` ON \`bookings_services\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bookings_services_parent_idx\` ON \`bookings_services\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`evening_id\` text(36) NOT NULL,
  	\`team_id\` text(36) NOT NULL,
  	\`status\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`seats\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`needs\` text,
  	\`locale\` text DEFAULT 'sv',
  	\`consent_at\` text NOT NULL,
  	\`attendance\` text,
  	\`interest_registration_id\` text(36),
  	\`reminder_sent_at\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`evening_id\`) REFERENCES \`info_evenings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`team_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`interest_registration_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_evening_idx\` ON \`bookings\` (\`evening_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_team_idx\` ON \`bookings\` (\`team_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_sequence_idx\` ON \`bookings\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`bookings_email_idx\` ON \`bookings\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`bookings_interest_registration_idx\` ON \`bookings\` (\`interest_registration_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_idempotency_key_idx\` ON \`bookings\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`seat_ledgers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`evening_key\` text NOT NULL,
  	\`capacity\` numeric DEFAULT 0 NOT NULL,
  	\`open\` integer DEFAULT true,
  	\`closes_at\` text NOT NULL,
  	\`seats_confirmed\` numeric DEFAULT 0 NOT NULL,
  	\`held\` numeric DEFAULT 0 NOT NULL,
  	\`waitlist_count\` numeric DEFAULT 0 NOT NULL,
  	\`sequence\` numeric DEFAULT 0 NOT NULL,
  	\`last_confirmed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_ledgers_evening_key_idx\` ON \`seat_ledgers\` (\`evening_key\`);`)
  await db.run(sql`CREATE INDEX \`seat_ledgers_updated_at_idx\` ON \`seat_ledgers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`seat_ledgers_created_at_idx\` ON \`seat_ledgers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`info_evenings\` ADD \`bookings_close_hours_before\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`_info_evenings_v\` ADD \`version_bookings_close_hours_before\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`attachments\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` text(36) REFERENCES bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`seat_ledgers_id\` text(36) REFERENCES seat_ledgers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_ledgers_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_ledgers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`bookings_services\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`DROP TABLE \`seat_ledgers\`;`)
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
  	\`outbox_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`info_evenings_id\`) REFERENCES \`info_evenings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interest_registrations_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`teams_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`ALTER TABLE \`info_evenings\` DROP COLUMN \`bookings_close_hours_before\`;`)
  await db.run(sql`ALTER TABLE \`_info_evenings_v\` DROP COLUMN \`version_bookings_close_hours_before\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`attachments\`;`)
}
