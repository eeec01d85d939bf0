import { jobLeaseMs } from '../../jobs/abandonedJobs'
import { BuildStatus } from './BuildStatus'
import { Section, type SectionProps } from './Tile'
import { centralQueue, escalatedApplications, failedEmails, failedJobs, stuckJobs } from './queries'

/** What only admins can put right: the central queue, e-mails that failed, jobs that failed or stopped. */
export async function AdminToday(props: SectionProps) {
  const { req, now, t } = props
  return (
    <Section
      id="admin"
      title={t('cms.today.admin.title')}
      req={req}
      tiles={[
        {
          collection: 'interest-registrations',
          where: centralQueue(),
          sort: 'createdAt',
          label: t('cms.today.admin.centralInterest'),
          alert: true,
        },
        {
          collection: 'applications',
          where: centralQueue(),
          sort: 'createdAt',
          label: t('cms.today.admin.centralApplications'),
          alert: true,
        },
        {
          collection: 'applications',
          where: escalatedApplications(),
          sort: 'createdAt',
          label: t('cms.today.admin.escalated'),
          alert: true,
        },
        {
          collection: 'outbox',
          where: failedEmails(),
          label: t('cms.today.admin.failedEmails'),
          alert: true,
        },
        {
          collection: 'payload-jobs',
          where: failedJobs(),
          label: t('cms.today.admin.failedJobs'),
          alert: true,
        },
        {
          collection: 'payload-jobs',
          where: stuckJobs(now, jobLeaseMs()),
          label: t('cms.today.admin.stuckJobs'),
          alert: true,
        },
      ]}
    >
      <BuildStatus {...props} />
    </Section>
  )
}
