import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`pages_image_idx\` ON \`pages\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_image_idx\` ON \`_pages_v\` (\`version_image_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_volunteer_contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_support_contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_emergency_phone\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_fees_url\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_insurance_covered\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`facts_insurance_url\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_volunteer_contact_hours\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_support_contact_hours\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_emergency_hours\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_fees_text\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_volunteer_support\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`facts_insurance_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`audience\` text,
  	\`seed_key\` text,
  	\`seed_hash\` text,
  	\`seed_edited_in_cms\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "audience", "seed_key", "seed_hash", "seed_edited_in_cms", "updated_at", "created_at", "_status") SELECT "id", "audience", "seed_key", "seed_hash", "seed_edited_in_cms", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_seed_seed_key_idx\` ON \`pages\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_audience\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_audience", "version_seed_key", "version_seed_hash", "version_seed_edited_in_cms", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_audience", "version_seed_key", "version_seed_hash", "version_seed_edited_in_cms", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_seed_version_seed_key_idx\` ON \`_pages_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_volunteer_contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_support_contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_emergency_phone\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_fees_url\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_insurance_covered\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`facts_insurance_url\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_volunteer_contact_hours\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_support_contact_hours\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_emergency_hours\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_fees_text\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_volunteer_support\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`facts_insurance_text\`;`)
}
