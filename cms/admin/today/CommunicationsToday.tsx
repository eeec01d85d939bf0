import { BuildStatus } from './BuildStatus'
import type { RoleToday } from './Tile'
import { drafts, scheduledCampaigns } from './queries'

/** Communications' day: unpublished drafts, campaigns still to start, and whether the site built. */
export const communicationsToday: RoleToday = {
  role: 'communications',
  title: 'cms.today.communications.title',
  tiles: ({ now, t }) => [
    { collection: 'pages', where: drafts(), label: t('cms.today.communications.pageDrafts') },
    { collection: 'campaigns', where: drafts(), label: t('cms.today.communications.campaignDrafts') },
    {
      collection: 'campaigns',
      where: scheduledCampaigns(now),
      sort: 'startsAt',
      label: t('cms.today.communications.scheduled'),
    },
  ],
  More: BuildStatus,
}
