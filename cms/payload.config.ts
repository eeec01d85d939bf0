import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import path from 'node:path'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { AccessLog } from './collections/AccessLog'
import { Applications } from './collections/Applications'
import { applicationEndpoint } from './collections/Applications/endpoint'
import { Bookings } from './collections/Bookings'
import { DeletionRecords } from './collections/DeletionRecords'
import { Campaigns } from './collections/Campaigns'
import { InfoEvenings } from './collections/InfoEvenings'
import { InterestRegistrations } from './collections/InterestRegistrations'
import { interestEndpoint } from './collections/InterestRegistrations/endpoint'
import { receiptEndpoint } from './endpoints/receipt'
import { publicStatisticsEndpoint, teamStatisticsEndpoint } from './endpoints/statistics'
import { accessRequestEndpoint } from './endpoints/accessRequest'
import { Media } from './collections/Media'
import { OutboxMessages } from './collections/OutboxMessages'
import { Municipalities } from './collections/Municipalities'
import { Pages } from './collections/Pages'
import { SeatLedgers } from './collections/SeatLedgers'
import { Teams } from './collections/Teams'
import { Users } from './collections/Users'
import { VolunteerStories } from './collections/VolunteerStories'
import { ensureActionQueuePresets } from './admin/actionQueue'
import { databaseAdapter } from './config/adapter'
import { selectDatabase } from './config/database'
import { isDemo } from './config/mode'
import { isAdmin, onlyAdmins, signedIn } from './access/roles'
import { dataDir, projectRoot } from './config/paths'
import { resolveSecret } from './config/secret'
import { SiteBuild } from './globals/SiteBuild'
import { SiteSettings } from './globals/SiteSettings'
import { PruneAccessLogTask } from './jobs/accessLog'
import { AfterBookingTask } from './jobs/afterBooking'
import { RebuildSiteTask } from './jobs/rebuildSite'
import { BookingRemindersTask, EveningNoticeTask } from './jobs/bookingNotices'
import { FollowUpTask } from './jobs/followUp'
import { NotifySubmissionTask } from './jobs/notifySubmission'
import { PromoteWaitlistTask } from './jobs/promoteWaitlist'
import { RetentionTask } from './jobs/retention'
import { SendEmailTask } from './jobs/sendEmail'
import { STAFF_DATE_TIME, forStaff } from './fields/swedishDates'
import { withStaffCells } from './fields/staffCells'
import { watchForAbandonedJobs } from './jobs/abandonedJobs'
import { loggingFailures } from './jobs/failureLog'
import { runsJobs } from './jobs/queues'
import { migrations } from './migrations/sqlite/index'
import { outboxEmailAdapter } from './mail/outboxEmailAdapter'
import { siteUrl } from './urls'
import { label } from '../core/i18n/text'

const database = selectDatabase(process.env.DATABASE_URI, dataDir)
const cmsDir = path.join(projectRoot, 'cms')

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  secret: resolveSecret({ secret: process.env.PAYLOAD_SECRET, demo: isDemo(), dataDir }),
  // The job worker's commits wait for no disk sync (adapter.ts); the web process's do.
  db: databaseAdapter(database, { syncEachCommit: !runsJobs() }),
  admin: {
    user: Users.slug,
    importMap: { baseDir: cmsDir },
    meta: { titleSuffix: ' – Kontaktportalen' },
    // Swedish staff read 24-hour times; Payload's default is "h:mm a" (5:00 em).
    dateFormat: STAFF_DATE_TIME,
    // The staff member's initial, drawn here: Payload's default avatar asks gravatar.com for a picture.
    avatar: { Component: '/admin/InitialAvatar#InitialAvatar' },
    components: {
      // Staff start on what needs doing today; Payload's collection tiles follow below it.
      views: {
        dashboard: { Component: '/admin/today/TodayView#TodayView' },
        // Each team's numbers for a chosen period, read with the user's own access (issue 13).
        statistics: { Component: '/admin/statistics/StatisticsView#StatisticsView', path: '/statistik' },
        accessRequest: {
          Component: '/admin/accessRequest/AccessRequestView#AccessRequestView',
          path: '/access-request',
        },
      },
      afterNavLinks: [
        '/admin/statistics/NavLink#StatisticsNavLink',
        '/admin/accessRequest/AccessRequestLink#AccessRequestLink',
      ],
      // The portal's own name and logo (site settings), not Payload's.
      graphics: { Logo: '/admin/Brand#BrandLogo', Icon: '/admin/Brand#BrandIcon' },
    },
  },
  email: outboxEmailAdapter,
  collections: [
    Pages,
    Campaigns,
    VolunteerStories,
    InfoEvenings,
    InterestRegistrations,
    Applications,
    Bookings,
    Municipalities,
    Teams,
    Media,
    Users,
    OutboxMessages,
    DeletionRecords,
    SeatLedgers,
    AccessLog,
  ].map((collection) => withStaffCells(forStaff(collection))),
  globals: [SiteSettings, SiteBuild],
  endpoints: [
    interestEndpoint,
    applicationEndpoint,
    receiptEndpoint,
    teamStatisticsEndpoint,
    publicStatisticsEndpoint,
    accessRequestEndpoint,
  ],
  // The static site's form island posts JSON to the CMS from the site's own origin.
  cors: {
    origins: [siteUrl()],
    headers: ['Idempotency-Key'],
  },
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'sv',
    fallback: true,
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  // Content is read over REST; GraphQL would be a second surface to secure for nothing.
  graphQL: { disable: true },
  jobs: {
    tasks: [
      RebuildSiteTask,
      NotifySubmissionTask,
      SendEmailTask,
      AfterBookingTask,
      PromoteWaitlistTask,
      BookingRemindersTask,
      EveningNoticeTask,
      FollowUpTask,
      RetentionTask,
      PruneAccessLogTask,
    ].map(loggingFailures),
    enableConcurrencyControl: true,
    // No `autoRun`: the job worker runs the queues itself (cms/worker.ts, jobs/runQueues.ts).
    // Jobs run on their own; staff have no reason to start, queue or cancel one over HTTP.
    access: { run: onlyAdmins, queue: onlyAdmins, cancel: onlyAdmins },
    // Admins may look at failed or stuck jobs (the Today view links to them); nobody else sees them.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      labels: { singular: label('collections.jobs.singular'), plural: label('collections.jobs.plural') },
      access: { ...defaultJobsCollection.access, read: isAdmin },
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !user?.roles?.includes('admin') },
    }),
  },
  // Outside production the schema is applied from the same migrations production runs on start.
  onInit: async (payload) => {
    if (database.kind === 'sqlite' && process.env.NODE_ENV !== 'production') {
      // The adapter's typed migration signature is narrower than the base adapter's `Migration`.
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    }
    await ensureActionQueuePresets(payload)
    if (runsJobs()) await watchForAbandonedJobs(payload, database.kind === 'sqlite')
  },
  // Presets are saved list filters; they never widen what access control lets a user read.
  queryPresets: {
    access: { read: signedIn, create: signedIn, update: signedIn, delete: signedIn },
    constraints: {},
  },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  sharp,
})
