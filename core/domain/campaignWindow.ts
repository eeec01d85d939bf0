/** A campaign runs from its start (inclusive) to its end (exclusive). */
export type CampaignWindow = { startsAt: string; endsAt: string }

export const isRunning = (campaign: CampaignWindow, now: Date): boolean =>
  new Date(campaign.startsAt) <= now && now < new Date(campaign.endsAt)

/** The moments still ahead at which the site must be rebuilt for the campaign to appear or go. */
export const upcomingSwitches = (campaign: CampaignWindow, now: Date): Date[] =>
  [campaign.startsAt, campaign.endsAt].map((value) => new Date(value)).filter((moment) => moment > now)
