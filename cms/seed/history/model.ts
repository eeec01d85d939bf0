import type { RoutingMunicipality, RoutingTeam } from '../../../core/domain/routing'
import type { FormKind, Service } from '../../../core/domain/organisation'
import type { ApplicationFacts } from '../../../core/statistics/applicationFacts'
import type { RegistrationFacts } from '../../../core/statistics/registrationFacts'

/** What the generator needs of the seeded organisation; ids are the database's. */
export type HistoryWorld = {
  now: Date
  /** Teams as routing sees them, with the demo member who works each kind of submission there. */
  teams: (RoutingTeam & { key: string; members: Record<FormKind, string | null> })[]
  /** Acts where a team has no demo member. */
  admin: string
  municipalities: (RoutingMunicipality & { key: string; share: number })[]
  campaigns: { id: string; startsAt: string; endsAt: string; municipalities: string[] }[]
  /** Past information evenings, oldest first. */
  evenings: { id: string; team: string; startsAt: string; capacity: number }[]
}

export type HistoryEntry = {
  id: string
  status: string
  at: string
  by: string | null
  fromTeam?: string
  toTeam?: string
  reason?: string
}
export type ContactLine = { id: string; kind: string; note: string | null; at: string; by: string }

/** The fields every generated submission carries, as Payload stores them (relationships as ids). */
type Submission = {
  id: string
  reference: string
  status: string
  municipality: string
  district: string | null
  locale: 'sv' | 'en'
  consentAt: string
  central: boolean
  routingExplanation: string
  routedTeams: string[]
  history: HistoryEntry[]
  contactLog: ContactLine[]
  lastChangeAt: string
  remindedAt: string | null
  untouched: boolean
  atRisk: boolean
  idempotencyKey: string
  responsible: string | null
  nextAction: string | null
  nextActionAt: string | null
  name: string
  phone: string
  createdAt: string
  updatedAt: string
  /** Set on what retention has already anonymised. */
  anonymisedAt?: string
}

export type GeneratedRegistration = Submission & {
  services: Service[]
  email: string
  adults: number
  children: number
  ageGroup: string
  channel: string | null
  campaign: string | null
  /** When it was withdrawn or found not suitable: retention's clock (null while it runs on). */
  endedAt: string | null
  facts: RegistrationFacts
}

export type GeneratedApplication = Submission & {
  applicant: 'guardian' | 'self'
  forWhom: 'child' | 'young-person' | null
  disability: boolean
  service: Service | 'not-sure'
  callTime: string
  email: string | null
  closedAt: string | null
  facts: ApplicationFacts
}

export type GeneratedBooking = {
  id: string
  reference: string
  evening: string
  team: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  sequence: number
  seats: number
  name: string
  email: string
  phone: string
  locale: 'sv' | 'en'
  consentAt: string
  attendance: 'attended' | 'no-show' | null
  interestRegistration: string
  reminderSentAt: string | null
  services: Service[]
  createdAt: string
  updatedAt: string
  anonymisedAt?: string
}

/** The seat counts each evening's ledger must show for the generated bookings. */
export type LedgerCounts = { seatsConfirmed: number; waitlistCount: number; sequence: number }

export type GeneratedHistory = {
  registrations: GeneratedRegistration[]
  applications: GeneratedApplication[]
  bookings: GeneratedBooking[]
  ledgers: Map<string, LedgerCounts>
}
