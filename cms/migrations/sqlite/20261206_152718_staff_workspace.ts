import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interest_registrations_contact_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	\`by_id\` text(36),
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interest_registrations_contact_log_order_idx\` ON \`interest_registrations_contact_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_contact_log_parent_id_idx\` ON \`interest_registrations_contact_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_contact_log_by_idx\` ON \`interest_registrations_contact_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_contact_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	\`by_id\` text(36),
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_contact_log_order_idx\` ON \`applications_contact_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_contact_log_parent_id_idx\` ON \`applications_contact_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_contact_log_by_idx\` ON \`applications_contact_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`outcome\` text,
  	\`at\` text,
  	\`failure\` text,
  	\`last_requested_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`interest_registrations_history\` ADD \`from_team_id\` text(36) REFERENCES teams(id);`)
  await db.run(sql`ALTER TABLE \`interest_registrations_history\` ADD \`to_team_id\` text(36) REFERENCES teams(id);`)
  await db.run(sql`ALTER TABLE \`interest_registrations_history\` ADD \`reason\` text;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_history_from_team_idx\` ON \`interest_registrations_history\` (\`from_team_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_history_to_team_idx\` ON \`interest_registrations_history\` (\`to_team_id\`);`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`untouched\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`next_action_reminded_for\` text;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`responsible_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`next_action\` text;`)
  await db.run(sql`ALTER TABLE \`interest_registrations\` ADD \`next_action_at\` text;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_untouched_idx\` ON \`interest_registrations\` (\`untouched\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_responsible_idx\` ON \`interest_registrations\` (\`responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_next_action_at_idx\` ON \`interest_registrations\` (\`next_action_at\`);`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`from_team_id\` text(36) REFERENCES teams(id);`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`to_team_id\` text(36) REFERENCES teams(id);`)
  await db.run(sql`ALTER TABLE \`applications_history\` ADD \`reason\` text;`)
  await db.run(sql`CREATE INDEX \`applications_history_from_team_idx\` ON \`applications_history\` (\`from_team_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_history_to_team_idx\` ON \`applications_history\` (\`to_team_id\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`untouched\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`next_action_reminded_for\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`responsible_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`next_action\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`next_action_at\` text;`)
  await db.run(sql`CREATE INDEX \`applications_untouched_idx\` ON \`applications\` (\`untouched\`);`)
  await db.run(sql`CREATE INDEX \`applications_responsible_idx\` ON \`applications\` (\`responsible_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_next_action_at_idx\` ON \`applications\` (\`next_action_at\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`logo_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  // Written by hand: what staff have already acted on (a status change with an author) is not untouched.
  for (const table of ['interest_registrations', 'applications']) {
    await db.run(
      sql.raw(
        `UPDATE ${table} SET untouched = false WHERE id IN (SELECT _parent_id FROM ${table}_history WHERE by_id IS NOT NULL)`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interest_registrations_contact_log\`;`)
  await db.run(sql`DROP TABLE \`applications_contact_log\`;`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_interest_registrations_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interest_registrations_history\`("_order", "_parent_id", "id", "status", "at", "by_id") SELECT "_order", "_parent_id", "id", "status", "at", "by_id" FROM \`interest_registrations_history\`;`)
  await db.run(sql`DROP TABLE \`interest_registrations_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_interest_registrations_history\` RENAME TO \`interest_registrations_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_history_order_idx\` ON \`interest_registrations_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_history_parent_id_idx\` ON \`interest_registrations_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_history_by_idx\` ON \`interest_registrations_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_interest_registrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`municipality_id\` text(36) NOT NULL,
  	\`district\` text,
  	\`locale\` text DEFAULT 'sv',
  	\`consent_at\` text NOT NULL,
  	\`central\` integer DEFAULT false,
  	\`routing_explanation\` text,
  	\`last_change_at\` text,
  	\`reminded_at\` text,
  	\`at_risk\` integer DEFAULT false,
  	\`idempotency_key\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`adults\` numeric,
  	\`children\` numeric,
  	\`age_group\` text,
  	\`about\` text,
  	\`channel\` text,
  	\`campaign_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interest_registrations\`("id", "reference", "municipality_id", "district", "locale", "consent_at", "central", "routing_explanation", "last_change_at", "reminded_at", "at_risk", "idempotency_key", "status", "name", "email", "phone", "adults", "children", "age_group", "about", "channel", "campaign_id", "updated_at", "created_at") SELECT "id", "reference", "municipality_id", "district", "locale", "consent_at", "central", "routing_explanation", "last_change_at", "reminded_at", "at_risk", "idempotency_key", "status", "name", "email", "phone", "adults", "children", "age_group", "about", "channel", "campaign_id", "updated_at", "created_at" FROM \`interest_registrations\`;`)
  await db.run(sql`DROP TABLE \`interest_registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interest_registrations\` RENAME TO \`interest_registrations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interest_registrations_reference_idx\` ON \`interest_registrations\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_municipality_idx\` ON \`interest_registrations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_central_idx\` ON \`interest_registrations\` (\`central\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_last_change_at_idx\` ON \`interest_registrations\` (\`last_change_at\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_at_risk_idx\` ON \`interest_registrations\` (\`at_risk\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`interest_registrations_idempotency_key_idx\` ON \`interest_registrations\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_status_idx\` ON \`interest_registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_email_idx\` ON \`interest_registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_campaign_idx\` ON \`interest_registrations\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_updated_at_idx\` ON \`interest_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_created_at_idx\` ON \`interest_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_applications_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications_history\`("_order", "_parent_id", "id", "status", "at", "by_id") SELECT "_order", "_parent_id", "id", "status", "at", "by_id" FROM \`applications_history\`;`)
  await db.run(sql`DROP TABLE \`applications_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications_history\` RENAME TO \`applications_history\`;`)
  await db.run(sql`CREATE INDEX \`applications_history_order_idx\` ON \`applications_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_history_parent_id_idx\` ON \`applications_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_history_by_idx\` ON \`applications_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_applications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`municipality_id\` text(36) NOT NULL,
  	\`district\` text,
  	\`locale\` text DEFAULT 'sv',
  	\`consent_at\` text NOT NULL,
  	\`central\` integer DEFAULT false,
  	\`routing_explanation\` text,
  	\`last_change_at\` text,
  	\`reminded_at\` text,
  	\`at_risk\` integer DEFAULT false,
  	\`idempotency_key\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`closed_at\` text,
  	\`applicant\` text NOT NULL,
  	\`for_whom\` text,
  	\`disability\` integer,
  	\`service\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`call_time\` text NOT NULL,
  	\`email\` text,
  	\`message\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications\`("id", "reference", "municipality_id", "district", "locale", "consent_at", "central", "routing_explanation", "last_change_at", "reminded_at", "at_risk", "idempotency_key", "status", "closed_at", "applicant", "for_whom", "disability", "service", "name", "phone", "call_time", "email", "message", "updated_at", "created_at") SELECT "id", "reference", "municipality_id", "district", "locale", "consent_at", "central", "routing_explanation", "last_change_at", "reminded_at", "at_risk", "idempotency_key", "status", "closed_at", "applicant", "for_whom", "disability", "service", "name", "phone", "call_time", "email", "message", "updated_at", "created_at" FROM \`applications\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications\` RENAME TO \`applications\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_reference_idx\` ON \`applications\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`applications_municipality_idx\` ON \`applications\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_central_idx\` ON \`applications\` (\`central\`);`)
  await db.run(sql`CREATE INDEX \`applications_last_change_at_idx\` ON \`applications\` (\`last_change_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_at_risk_idx\` ON \`applications\` (\`at_risk\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_idempotency_key_idx\` ON \`applications\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_status_idx\` ON \`applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`applications_closed_at_idx\` ON \`applications\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`home_page_id\` text(36),
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`seed_key\` text,
  	\`seed_hash\` text,
  	\`seed_edited_in_cms\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`home_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "home_page_id", "contact_phone", "contact_email", "seed_key", "seed_hash", "seed_edited_in_cms", "updated_at", "created_at") SELECT "id", "home_page_id", "contact_phone", "contact_email", "seed_key", "seed_hash", "seed_edited_in_cms", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_home_page_idx\` ON \`site_settings\` (\`home_page_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_seed_seed_key_idx\` ON \`site_settings\` (\`seed_key\`);`)
}
