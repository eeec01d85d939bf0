import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`privacy_controller_email\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`privacy_dpo_email\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`privacy_dpo_phone\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`privacy_controller\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`privacy_controller_email\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`privacy_dpo_email\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`privacy_dpo_phone\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`privacy_controller\`;`)
}
