import { type PayloadRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import { scheduleFor } from '../../core/domain/retention'
import { idOf } from '../collections/relations'
import { teamWithdrawn } from '../mail/messages'
import { queueEmail } from '../mail/outbox'
import type { InterestRegistration } from '../payload-types'
import { adminUrl } from '../urls'

/**
 * The volunteer withdraws their interest through the link in their confirmation e-mail, in one
 * transaction: the registration becomes withdrawn (its history says so, with no staff author), the
 * bookings made through it are cancelled (their seats go to the waitlist), and each routed team is
 * told by reference and link only. The retention job erases it on the municipality's schedule;
 * returns how many days that is, for the page to say.
 */
export async function withdrawInterest(
  req: PayloadRequest,
  registration: InterestRegistration,
): Promise<{ days: number }> {
  const id = String(registration.id)
  const municipality = idOf(registration.municipality)
  const shouldCommit = await initTransaction(req)
  try {
    await req.payload.update({
      collection: 'interest-registrations',
      id,
      data: { status: 'withdrawn' },
      depth: 0,
      req,
    })
    const { docs: bookings } = await req.payload.find({
      collection: 'bookings',
      where: { and: [{ interestRegistration: { equals: id } }, { status: { not_equals: 'cancelled' } }] },
      depth: 0,
      pagination: false,
      req,
    })
    for (const booking of bookings)
      await req.payload.update({ collection: 'bookings', id: booking.id, data: { status: 'cancelled' }, req })
    const { docs: teams } = await req.payload.find({
      collection: 'teams',
      where: { id: { in: (registration.routedTeams ?? []).map(idOf) } },
      depth: 0,
      pagination: false,
      locale: 'sv',
      req,
    })
    for (const team of teams.filter((each) => each.notificationAddress))
      await queueEmail(
        req.payload,
        {
          key: `${registration.reference}:withdrawn:${team.id}`,
          kind: 'team-notification',
          to: team.notificationAddress as string,
          municipality,
          ...teamWithdrawn({
            reference: registration.reference,
            teamName: team.name,
            adminUrl: adminUrl('interest-registrations', id),
          }),
        },
        req,
      )
    const place = await req.payload.findByID({
      collection: 'municipalities',
      id: municipality,
      depth: 0,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { days: scheduleFor(place.retention).interestDaysAfterEnd }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
