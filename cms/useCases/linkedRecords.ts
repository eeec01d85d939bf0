import type { PayloadRequest } from 'payload'

import { linkedTo, mayLookForLinks } from '../../core/domain/linkedRecords'
import { INTEREST_STATUSES } from '../../core/domain/pipeline'
import { serviceLabel } from '../../core/i18n/format'
import type { Locale } from '../../core/i18n/locales'
import { BOOKING_STATUSES } from '../collections/Bookings'
import { idOf } from '../collections/relations'
import { withinLoggedView } from '../hooks/accessLog'

/**
 * All a team is shown of the same person's other record: whose it is, what it is for, where it
 * stands and since when. Nothing the person wrote, nothing the other team noted.
 */
export type LinkedRecord = {
  kind: 'registration' | 'booking'
  teams: string[]
  services: string[]
  status: string
  receivedAt: string
}

type Candidate = {
  id: string
  phone?: string | null
  teams: string[]
  services: string[]
  status: string
  receivedAt: string
  kind: LinkedRecord['kind']
}

/**
 * The other interest registrations and bookings in the registration's municipality that are the
 * same person's (core/domain/linkedRecords), for someone who may see the registration itself.
 * Other teams' records are read past access control, so each query selects only the contact
 * details to match on and the four facts shown, and only `LinkedRecord` leaves this function.
 * Phones are stored as typed, so matching happens here, over the municipality's records, rather
 * than in the database. Applications for support are never read.
 */
export async function linkedRecordsOf(
  req: PayloadRequest,
  id: string,
  locale: Locale,
): Promise<LinkedRecord[] | 'not-reached' | null> {
  if (!req.user) return null
  const self = await req.payload.findByID({
    collection: 'interest-registrations',
    id,
    depth: 0,
    select: { phone: true, municipality: true, contactLog: true },
    overrideAccess: false,
    user: req.user,
    // The panel is part of the edit view, whose opening the access log already records.
    req: withinLoggedView(req),
    disableErrors: true,
  })
  if (!self) return null
  if (!mayLookForLinks(self.contactLog)) return 'not-reached'
  const municipality = idOf(self.municipality)
  const candidates = [...(await registrations(req, municipality, id)), ...(await bookings(req, municipality))]
  const linked = linkedTo({ id, phone: self.phone }, candidates)
  const names = await teamNames(req, [...new Set(linked.flatMap((record) => record.teams))], locale)
  return linked
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((record) => ({
      kind: record.kind,
      teams: record.teams.map((team) => names.get(team) ?? '').filter(Boolean),
      services: record.services.map((service) => serviceLabel(locale, service)),
      status: statusLabel(record, locale),
      receivedAt: record.receivedAt,
    }))
}

const statusLabel = (record: Candidate, locale: Locale): string =>
  record.kind === 'booking'
    ? (BOOKING_STATUSES[record.status as keyof typeof BOOKING_STATUSES]?.[locale] ?? '')
    : (INTEREST_STATUSES[record.status as keyof typeof INTEREST_STATUSES]?.[locale] ?? '')

type Selected = {
  id: string
  phone?: string | null
  services?: string[] | null
  status: string
  createdAt: string
}

const candidate = (kind: Candidate['kind'], doc: Selected, teams: string[]): Candidate => ({
  id: String(doc.id),
  phone: doc.phone,
  teams,
  services: doc.services ?? [],
  status: doc.status,
  receivedAt: doc.createdAt,
  kind,
})

async function registrations(req: PayloadRequest, municipality: string, self: string): Promise<Candidate[]> {
  const { docs } = await req.payload.find({
    collection: 'interest-registrations',
    where: { and: [{ municipality: { equals: municipality } }, { id: { not_equals: self } }] },
    select: { phone: true, routedTeams: true, services: true, status: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => candidate('registration', doc, (doc.routedTeams ?? []).map(idOf)))
}

/** Bookings belong to a municipality through their evening. */
async function bookings(req: PayloadRequest, municipality: string): Promise<Candidate[]> {
  const evenings = await req.payload.find({
    collection: 'info-evenings',
    where: { municipality: { equals: municipality } },
    select: { municipality: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!evenings.docs.length) return []
  const { docs } = await req.payload.find({
    collection: 'bookings',
    where: { evening: { in: evenings.docs.map((evening) => evening.id) } },
    select: { phone: true, team: true, services: true, status: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => candidate('booking', doc, [idOf(doc.team)]))
}

async function teamNames(req: PayloadRequest, ids: string[], locale: Locale): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { docs } = await req.payload.find({
    collection: 'teams',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    pagination: false,
    locale,
    req,
  })
  return new Map(docs.map((team) => [String(team.id), team.name]))
}
