import type { PayloadRequest } from 'payload'

import type { Booking } from '../../payload-types'
import { idOf } from '../relations'
import { newReference } from '../../../core/domain/reference'
import { pipelineLinkFor } from '../../../core/domain/pipeline'

type BookingDoc = Pick<Booking, 'name' | 'email' | 'phone' | 'services' | 'locale' | 'consentAt'>

/**
 * A booking is the strongest sign of interest: it joins the organising team's pipeline. A
 * registration the team already holds for the same address (case-insensitive) in the
 * municipality moves to "information evening"; otherwise the team gets a registration of its own,
 * pointed out as a possible duplicate of other teams' ones (`pipelineLinkFor` decides).
 */
export async function linkToPipeline(
  req: PayloadRequest,
  booking: BookingDoc,
  evening: { municipality: unknown; organizingTeam: unknown },
): Promise<string> {
  const municipality = idOf(evening.municipality)
  const team = idOf(evening.organizingTeam)
  const email = booking.email.trim().toLowerCase()
  // `like` is case-insensitive but matches within words, so the exact address is picked after.
  const { docs } = await req.payload.find({
    collection: 'interest-registrations',
    where: { and: [{ email: { like: email } }, { municipality: { equals: municipality } }] },
    sort: 'createdAt',
    limit: 20,
    depth: 0,
    req,
  })
  const sameAddress = docs
    .filter((doc) => doc.email.trim().toLowerCase() === email)
    .map((doc) => ({
      id: String(doc.id),
      routedTeams: (doc.routedTeams ?? []).map(idOf),
      status: doc.status,
    }))
  const link = pipelineLinkFor(sameAddress, team)
  if (link.kind === 'join') {
    if (link.status)
      await req.payload.update({
        collection: 'interest-registrations',
        id: link.id,
        data: { status: link.status },
        req,
      })
    return link.id
  }
  const created = await req.payload.create({
    collection: 'interest-registrations',
    data: {
      reference: newReference(),
      status: 'information-evening',
      municipality,
      routedTeams: [team],
      central: false,
      services: booking.services?.length ? booking.services : ['contact-family'],
      name: booking.name,
      email,
      phone: booking.phone || '–',
      locale: booking.locale === 'en' ? 'en' : 'sv',
      consentAt: booking.consentAt,
      routingExplanation: 'Bokade en informationskväll hos det arrangerande teamet.',
      possibleDuplicates: link.possibleDuplicates,
    },
    // The booking e-mail already confirms; the registration's own confirmation would be a second one.
    context: { fromBooking: true },
    req,
  })
  return String(created.id)
}
