import { providerRate } from '../mail/pace'

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

/** How the worker runs one queue: every `everyMs`, up to `limit` jobs one after another. */
export type QueueRun = {
  queue: (typeof QUEUES)[keyof typeof QUEUES]
  everyMs: number
  limit: number
  schedules: boolean
}

/**
 * One runner per queue, in the job worker (`runQueues`). E-mail takes at most as many jobs a
 * second as the provider allows (the pacer spaces them within the second); seats are checked every
 * second. Only the default queue's runner queues the scheduled tasks (Payload's schedules).
 */
export function queueRuns(env: Record<string, string | undefined> = process.env): QueueRun[] {
  const emailsPerSecond = Math.max(1, Math.floor(providerRate(env)))
  return [
    { queue: QUEUES.default, everyMs: 5000, limit: 50, schedules: true },
    { queue: QUEUES.email, everyMs: 1000, limit: emailsPerSecond, schedules: false },
    { queue: QUEUES.seats, everyMs: 1000, limit: 20, schedules: false },
  ]
}
