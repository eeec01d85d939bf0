import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`volunteer_stories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`service\` text,
  	\`municipality_id\` text(36),
  	\`image_id\` text(36),
  	\`is_example\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`seed_hash\` text,
  	\`seed_edited_in_cms\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_stories_municipality_idx\` ON \`volunteer_stories\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_stories_image_idx\` ON \`volunteer_stories\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_stories_seed_seed_key_idx\` ON \`volunteer_stories\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_stories_updated_at_idx\` ON \`volunteer_stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_stories_created_at_idx\` ON \`volunteer_stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_stories__status_idx\` ON \`volunteer_stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_stories_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`volunteer_stories_locales_locale_parent_id_unique\` ON \`volunteer_stories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_stories_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_service\` text,
  	\`version_municipality_id\` text(36),
  	\`version_image_id\` text(36),
  	\`version_is_example\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_seed_hash\` text,
  	\`version_seed_edited_in_cms\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_parent_idx\` ON \`_volunteer_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_version_municipality_idx\` ON \`_volunteer_stories_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_version_image_idx\` ON \`_volunteer_stories_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_seed_version_seed_key_idx\` ON \`_volunteer_stories_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_version_updated_at_idx\` ON \`_volunteer_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_version_created_at_idx\` ON \`_volunteer_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_version_version__status_idx\` ON \`_volunteer_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_created_at_idx\` ON \`_volunteer_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_updated_at_idx\` ON \`_volunteer_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_snapshot_idx\` ON \`_volunteer_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_published_locale_idx\` ON \`_volunteer_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_stories_v_latest_idx\` ON \`_volunteer_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_stories_v_locales\` (
  	\`version_title\` text,
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_volunteer_stories_v_locales_locale_parent_id_unique\` ON \`_volunteer_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_stories_id\` text(36) REFERENCES volunteer_stories(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_stories_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`volunteer_stories\`;`)
  await db.run(sql`DROP TABLE \`volunteer_stories_locales\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_stories_v_locales\`;`)
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
  	\`bookings_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`teams_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`outbox_id\` text(36),
  	\`deletion_records_id\` text(36),
  	\`seat_ledgers_id\` text(36),
  	\`access_log_id\` text(36),
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
  	FOREIGN KEY (\`deletion_records_id\`) REFERENCES \`deletion_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_ledgers_id\`) REFERENCES \`seat_ledgers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`access_log_id\`) REFERENCES \`access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "bookings_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id", "deletion_records_id", "seat_ledgers_id", "access_log_id") SELECT "id", "order", "parent_id", "path", "pages_id", "campaigns_id", "info_evenings_id", "interest_registrations_id", "applications_id", "bookings_id", "municipalities_id", "teams_id", "media_id", "users_id", "outbox_id", "deletion_records_id", "seat_ledgers_id", "access_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_teams_id_idx\` ON \`payload_locked_documents_rels\` (\`teams_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deletion_records_id_idx\` ON \`payload_locked_documents_rels\` (\`deletion_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_ledgers_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_ledgers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`)
}
