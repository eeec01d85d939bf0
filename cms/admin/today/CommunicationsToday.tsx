import { BuildStatus } from './BuildStatus'
import { CountTile, Section, type SectionProps } from './Tile'
import { drafts, scheduledCampaigns } from './queries'

/** Communications' day: unpublished drafts, campaigns still to start, and whether the site built. */
export async function CommunicationsToday(props: SectionProps) {
  const { req, now, t } = props
  return (
    <Section id="communications" title={t('cms.today.communications.title')}>
      <ul className="today__tiles">
        <CountTile
          req={req}
          collection="pages"
          where={drafts()}
          label={t('cms.today.communications.pageDrafts')}
        />
        <CountTile
          req={req}
          collection="campaigns"
          where={drafts()}
          label={t('cms.today.communications.campaignDrafts')}
        />
        <CountTile
          req={req}
          collection="campaigns"
          where={scheduledCampaigns(now)}
          sort="startsAt"
          label={t('cms.today.communications.scheduled')}
        />
      </ul>
      <h3>{t('cms.today.build.title')}</h3>
      <BuildStatus {...props} />
    </Section>
  )
}
