import { BuildStatus } from './BuildStatus'
import { Section, type SectionProps } from './Tile'
import { drafts, scheduledCampaigns } from './queries'

/** Communications' day: unpublished drafts, campaigns still to start, and whether the site built. */
export async function CommunicationsToday(props: SectionProps) {
  const { req, now, t } = props
  return (
    <Section
      id="communications"
      title={t('cms.today.communications.title')}
      req={req}
      tiles={[
        { collection: 'pages', where: drafts(), label: t('cms.today.communications.pageDrafts') },
        { collection: 'campaigns', where: drafts(), label: t('cms.today.communications.campaignDrafts') },
        {
          collection: 'campaigns',
          where: scheduledCampaigns(now),
          sort: 'startsAt',
          label: t('cms.today.communications.scheduled'),
        },
      ]}
    >
      <BuildStatus {...props} />
    </Section>
  )
}
