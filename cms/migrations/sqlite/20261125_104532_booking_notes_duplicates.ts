import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interest_registrations_rels\` ADD \`interest_registrations_id\` text(36) REFERENCES interest_registrations(id);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_rels_interest_registrations_id_idx\` ON \`interest_registrations_rels\` (\`interest_registrations_id\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`staff_notes\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_interest_registrations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`teams_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interest_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`teams_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interest_registrations_rels\`("id", "order", "parent_id", "path", "teams_id") SELECT "id", "order", "parent_id", "path", "teams_id" FROM \`interest_registrations_rels\`;`)
  await db.run(sql`DROP TABLE \`interest_registrations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_interest_registrations_rels\` RENAME TO \`interest_registrations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`interest_registrations_rels_order_idx\` ON \`interest_registrations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_rels_parent_idx\` ON \`interest_registrations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_rels_path_idx\` ON \`interest_registrations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interest_registrations_rels_teams_id_idx\` ON \`interest_registrations_rels\` (\`teams_id\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`staff_notes\`;`)
}
