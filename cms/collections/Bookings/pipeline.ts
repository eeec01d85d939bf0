import type { PayloadRequest } from 'payload'

import { idOf } from '../relations'
import { newReference } from '../../domain/reference'
import { statusAfter } from '../../domain/pipeline'

type BookingDoc = { id: string | number; name: string; email: string; phone?: string | null; services?: string[] | null; locale?: string | null; consentAt: string; interestRegistration?: unknown }

/**
 * A booking is the strongest sign of interest: it joins the organising team's pipeline. The same
 * person (e-mail, case-insensitive) within the municipality keeps one registration, which moves to
 * "information evening" and becomes visible to the organising team; otherwise one is created.
 */
export async function linkToPipeline(req: PayloadRequest, booking: BookingDoc, evening: { municipality: unknown; organizingTeam: unknown }): Promise<string> {
  const municipality = idOf(evening.municipality)
  const team = idOf(evening.organizingTeam)
  const email = booking.email.trim().toLowerCase()
  // `like` is case-insensitive but matches within words, so the exact address is picked after.
  const { docs } = await req.payload.find({ collection: 'interest-registrations', where: { and: [{ email: { like: email } }, { municipality: { equals: municipality } }] }, sort: 'createdAt', limit: 20, depth: 0, req })
  const existing = docs.find((doc) => doc.email.trim().toLowerCase() === email)
  if (existing) {
    const teams = (existing.routedTeams ?? []).map(idOf)
    const next = statusAfter('booked', existing.status)
    await req.payload.update({
      collection: 'interest-registrations',
      id: existing.id,
      data: { ...(next ? { status: next } : {}), ...(teams.includes(team) ? {} : { routedTeams: [...teams, team] }) },
      req,
    })
    return String(existing.id)
  }
  const created = await req.payload.create({
    collection: 'interest-registrations',
    data: {
      reference: newReference(), status: 'information-evening', municipality, routedTeams: [team], central: false,
      services: booking.services?.length ? booking.services : ['contact-family'], name: booking.name, email, phone: booking.phone || '–',
      locale: booking.locale === 'en' ? 'en' : 'sv', consentAt: booking.consentAt, routingExplanation: 'Bokade en informationskväll hos det arrangerande teamet.',
    } as never,
    // The booking e-mail already confirms; the registration's own confirmation would be a second one.
    context: { fromBooking: true },
    req,
  })
  return String(created.id)
}
