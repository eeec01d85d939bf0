import { jobLeaseMs } from '../../jobs/abandonedJobs'
import { BuildStatus } from './BuildStatus'
import type { RoleToday, TileSpec } from './Tile'
import { centralQueue, escalatedApplications, failedEmails, failedJobs, stuckJobs } from './queries'

/** What only admins can put right: the central queue, e-mails that failed, jobs that failed or stopped. */
export const adminToday: RoleToday = {
  role: 'admin',
  title: 'cms.today.admin.title',
  tiles: ({ now, t }) => {
    const central = { where: centralQueue(), sort: 'createdAt' }
    const wrong: TileSpec[] = [
      { collection: 'interest-registrations', ...central, label: t('cms.today.admin.centralInterest') },
      { collection: 'applications', ...central, label: t('cms.today.admin.centralApplications') },
      {
        collection: 'applications',
        where: escalatedApplications(),
        sort: 'createdAt',
        label: t('cms.today.admin.escalated'),
      },
      { collection: 'outbox', where: failedEmails(), label: t('cms.today.admin.failedEmails') },
      { collection: 'payload-jobs', where: failedJobs(), label: t('cms.today.admin.failedJobs') },
      {
        collection: 'payload-jobs',
        where: stuckJobs(now, jobLeaseMs()),
        label: t('cms.today.admin.stuckJobs'),
      },
    ]
    // Each counts something gone wrong: any number above zero is an alert.
    return wrong.map((tile) => ({ ...tile, alert: true }))
  },
  More: BuildStatus,
}
