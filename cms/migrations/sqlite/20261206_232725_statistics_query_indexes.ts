import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`campaign_channel_createdAt_municipality_idx\` ON \`interest_registrations\` (\`campaign_id\`,\`channel\`,\`created_at\`,\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`municipality_district_createdAt_idx\` ON \`interest_registrations\` (\`municipality_id\`,\`district\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evening_status_attendance_seats_interestRegistration_idx\` ON \`bookings\` (\`evening_id\`,\`status\`,\`attendance\`,\`seats\`,\`interest_registration_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`campaign_channel_createdAt_municipality_idx\`;`)
  await db.run(sql`DROP INDEX \`municipality_district_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`evening_status_attendance_seats_interestRegistration_idx\`;`)
}
