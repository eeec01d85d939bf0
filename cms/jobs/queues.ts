import type { JobsConfig } from 'payload'

import { providerRate } from '../mail/pace'

type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/**
 * Work is split by queue so that a backlog of one kind never holds up another: after a rush of
 * bookings, thousands of e-mails wait their turn while a cancellation's seat still moves at once.
 */
export const QUEUES = {
  /** Pipeline links, notifications, scheduled tasks, site rebuilds. */
  default: 'default',
  /** Sending outbox e-mail, paced to the provider's rate. */
  email: 'email',
  /** Waitlist promotion: seats freed go to the next in line within seconds. */
  seats: 'seats',
} as const

/** Whether this process runs jobs: not a command-line script, not `next build`. */
export const runsJobs = (env: Record<string, string | undefined> = process.env) =>
  env.PAYLOAD_JOBS_AUTORUN !== '0' && env.NEXT_PHASE !== 'phase-production-build'

/**
 * One runner per queue. E-mail takes at most as many jobs a second as the provider allows (the
 * pacer spaces them within the second); seats are checked every second.
 */
export function autoRunQueues(env: Record<string, string | undefined> = process.env): AutorunCronConfig[] {
  const emailsPerSecond = Math.max(1, Math.floor(providerRate(env)))
  return [
    { cron: '*/5 * * * * *', queue: QUEUES.default, limit: 50, silent: true },
    {
      cron: '* * * * * *',
      queue: QUEUES.email,
      limit: emailsPerSecond,
      silent: true,
      disableScheduling: true,
    },
    { cron: '* * * * * *', queue: QUEUES.seats, limit: 20, silent: true, disableScheduling: true },
  ]
}
