import type { Payload, PayloadRequest } from 'payload'

import type { Team } from '../payload-types'

type WithPhone = Pick<Team, 'id' | 'publicContact'>

/**
 * The number a resident's e-mail tells them to call: the first of the responsible teams' public
 * phones, else the portal's own (site settings), else none. `teams` are the teams already read,
 * if the caller has them; otherwise they are read here.
 */
export async function contactPhone(
  payload: Payload,
  teamIds: string[],
  req?: PayloadRequest,
  teams?: WithPhone[],
): Promise<string> {
  if (teamIds.length) {
    const docs =
      teams ??
      (
        await payload.find({
          collection: 'teams',
          where: { id: { in: teamIds } },
          depth: 0,
          pagination: false,
          req,
        })
      ).docs
    const phone = teamIds
      .map((id) => docs.find((team) => String(team.id) === id)?.publicContact?.phone)
      .find(Boolean)
    if (phone) return phone
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return settings.contact?.phone ?? ''
}
