import type { StatisticsFacts } from '../../core/statistics/teamReport'
import type { HistoryFact } from '../../core/statistics/facts'
import { applicationFacts } from '../../core/statistics/applicationFacts'
import { registrationFacts } from '../../core/statistics/registrationFacts'

/**
 * One small world the statistics are checked on, in the definitions' terms (core/statistics/facts):
 * two municipalities (Norrby, Söderby), team A working in both (a cooperation) and team B in
 * Norrby; recruiter u1 in A, u2 in B. Registration r4 was handed from B to A; r10 is B's, but its
 * person attended A's evening. `id` maps each symbolic id to the id a database gave or will give.
 */
export const NOW = new Date('2026-06-15T10:00:00.000Z')
export const PERIOD = { from: '2026-05-01', to: '2026-06-15' }

const at = (instant: string) => `${instant}:00.000Z`
const arrived = (created: string): HistoryFact => ({ status: 'new', at: at(created) })

export function statisticsFixture(id: (symbol: string) => string): StatisticsFacts {
  const step = (status: string, instant: string, by?: string, toTeam?: string): HistoryFact => ({
    status,
    at: at(instant),
    ...(by ? { by: id(by) } : {}),
    ...(toTeam ? { toTeam: id(toTeam) } : {}),
  })
  const contact = (instant: string, by = 'u1') => ({ at: at(instant), by: id(by) })
  const registration = (
    symbol: string,
    created: string,
    fields: { municipality: string; teams: string[]; status: string; history?: HistoryFact[] } & Record<
      string,
      unknown
    >,
  ) => ({
    id: id(symbol),
    createdAt: at(created),
    services: ['contact-family'],
    contactLog: [],
    ...fields,
    municipality: id(fields.municipality),
    routedTeams: fields.teams.map(id),
    campaign: fields.campaign ? id(fields.campaign as string) : null,
    history: [arrived(created), ...(fields.history ?? [])],
  })
  const application = (
    symbol: string,
    created: string,
    fields: {
      municipality: string
      teams: string[]
      status: string
      applicant: string
      service: string
    } & Record<string, unknown>,
  ) => ({
    id: id(symbol),
    createdAt: at(created),
    contactLog: [],
    ...fields,
    municipality: id(fields.municipality),
    routedTeams: fields.teams.map(id),
    history: [arrived(created), ...((fields.history as HistoryFact[]) ?? [])],
  })
  const evening = (
    symbol: string,
    municipality: string,
    team: string,
    startsAt: string,
    status = 'open',
    published = true,
  ) => ({
    id: id(symbol),
    municipality: id(municipality),
    organizingTeam: id(team),
    startsAt: at(startsAt),
    status,
    published,
  })
  const booking = (
    symbol: string,
    evening: string,
    team: string,
    status: string,
    seats: number,
    extra: Record<string, string> = {},
  ) => ({
    id: id(symbol),
    evening: id(evening),
    team: id(team),
    status,
    seats,
    attendance: extra.attendance ?? null,
    interestRegistration: extra.registration ? id(extra.registration) : null,
  })
  return {
    registrations: [
      registration('r1', '2026-05-04T08:00', {
        municipality: 'm1',
        district: 'centrum',
        channel: 'web',
        campaign: 'c1',
        teams: ['tA'],
        status: 'approved',
        history: [
          step('contacted', '2026-05-05T09:00', 'u1'),
          step('information-evening', '2026-05-10T18:00'),
          step('assessment', '2026-05-20T09:00', 'u1'),
          step('approved', '2026-06-01T09:00', 'u1'),
        ],
        contactLog: [contact('2026-05-04T12:00')],
      }),
      registration('r2', '2026-05-08T15:00', {
        municipality: 'm2',
        services: ['contact-person', 'skkp'],
        channel: 'social-media',
        campaign: 'c1',
        teams: ['tA'],
        status: 'withdrawn',
        history: [step('contacted', '2026-05-12T08:00', 'u1'), step('withdrawn', '2026-05-20T08:00', 'u1')],
      }),
      registration('r3', '2026-05-09T10:00', {
        municipality: 'm1',
        teams: ['tB'],
        status: 'contacted',
        history: [step('contacted', '2026-05-11T08:00', 'u2')],
      }),
      registration('r4', '2026-05-12T08:00', {
        municipality: 'm1',
        district: 'hamnen',
        channel: 'web',
        teams: ['tA'],
        status: 'contacted',
        history: [step('new', '2026-05-13T08:00', 'u2', 'tA'), step('contacted', '2026-05-19T08:00', 'u1')],
      }),
      registration('r5', '2026-03-02T08:00', {
        municipality: 'm1',
        teams: ['tA'],
        status: 'new',
        atRisk: true,
        contactLog: [contact('2026-04-20T08:00')],
      }),
      registration('r6', '2026-05-20T08:00', {
        municipality: 'm1',
        district: 'centrum',
        teams: ['tA'],
        status: 'new',
      }),
      registration('r7', '2026-05-25T08:00', {
        municipality: 'm2',
        channel: 'web',
        campaign: 'c2',
        teams: ['tA'],
        status: 'paused',
        history: [step('contacted', '2026-06-01T08:00', 'u1'), step('paused', '2026-06-02T08:00', 'u1')],
      }),
      registration('r8', '2026-04-01T08:00', {
        municipality: 'm1',
        teams: ['tA'],
        status: 'assigned',
        history: [step('contacted', '2026-04-02T08:00', 'u1'), step('assigned', '2026-04-10T08:00', 'u1')],
      }),
      registration('r9', '2026-06-10T08:00', {
        municipality: 'm1',
        channel: 'social-media',
        teams: ['tA'],
        status: 'information-evening',
        history: [step('information-evening', '2026-06-11T08:00')],
      }),
      registration('r10', '2026-05-05T08:00', {
        municipality: 'm1',
        teams: ['tB'],
        status: 'approved',
        history: [step('approved', '2026-05-20T08:00', 'u2')],
      }),
    ],
    applications: [
      application('a1', '2026-05-04T08:00', {
        municipality: 'm1',
        teams: ['tA'],
        status: 'contacted',
        applicant: 'guardian',
        forWhom: 'child',
        disability: false,
        service: 'contact-person',
        contactLog: [contact('2026-05-06T08:00')],
      }),
      application('a2', '2026-05-05T08:00', {
        municipality: 'm1',
        teams: ['tA'],
        status: 'closed',
        applicant: 'self',
        disability: true,
        service: 'lss-contact-person',
        history: [step('closed', '2026-05-05T10:00', 'u1')],
      }),
      application('a3', '2026-05-06T08:00', {
        municipality: 'm1',
        teams: ['tB'],
        status: 'new',
        applicant: 'guardian',
        forWhom: 'young-person',
        service: 'contact-family',
      }),
      application('a4', '2026-06-11T08:00', {
        municipality: 'm2',
        teams: ['tA'],
        status: 'new',
        applicant: 'guardian',
        forWhom: 'young-person',
        disability: true,
        service: 'not-sure',
      }),
      application('a5', '2026-05-11T08:00', {
        municipality: 'm1',
        teams: ['tA'],
        status: 'new',
        applicant: 'self',
        service: 'contact-person',
      }),
    ],
    evenings: [
      evening('e1', 'm1', 'tA', '2026-05-10T16:00'),
      evening('e2', 'm2', 'tA', '2026-06-20T16:00'),
      evening('e3', 'm1', 'tB', '2026-05-15T16:00'),
      evening('e4', 'm1', 'tA', '2026-05-25T16:00', 'cancelled'),
      evening('e5', 'm1', 'tA', '2026-05-26T16:00', 'open', false),
    ],
    bookings: [
      booking('b1', 'e1', 'tA', 'confirmed', 2, { attendance: 'attended', registration: 'r1' }),
      booking('b2', 'e1', 'tA', 'confirmed', 1, { attendance: 'no-show' }),
      booking('b3', 'e1', 'tA', 'waitlisted', 1),
      booking('b4', 'e1', 'tA', 'cancelled', 1),
      booking('b5', 'e3', 'tB', 'confirmed', 1, { attendance: 'attended', registration: 'r3' }),
      booking('b6', 'e1', 'tA', 'confirmed', 1, { attendance: 'attended', registration: 'r10' }),
    ],
  }
}

/** The fixture's names: campaign titles, evening topics, district names, municipalities. */
export const FIXTURE_NAMES: Record<string, string> = {
  c1: 'Vårkampanjen',
  c2: 'Sommarkampanjen',
  e1: 'Kväll i Norrby',
  e2: 'Kväll i Söderby',
  e3: 'Team B:s kväll',
  e4: 'Inställd kväll',
  e5: 'Utkast',
  'm1:centrum': 'Centrum',
  'm1:hamnen': 'Hamnen',
}

/** The same facts as MongoDB documents as Payload's mongoose adapter stores them (dates as Dates, `_id`). */
export function asMongoDocuments(facts: StatisticsFacts) {
  const dated = <Entry extends { at: string }>(entries: Entry[]) =>
    entries.map((entry) => ({ ...entry, at: new Date(entry.at) }))
  const submission = <
    Fact extends { id: string; createdAt: string; history: HistoryFact[]; contactLog: { at: string }[] },
  >({
    id,
    createdAt,
    history,
    contactLog,
    ...rest
  }: Fact) => ({
    _id: id,
    ...rest,
    createdAt: new Date(createdAt),
    history: dated(history),
    contactLog: dated(contactLog),
  })
  return {
    // With the facts the hook stores (fields/registrationFacts), dated as the adapter stores them.
    'interest-registrations': facts.registrations.map((fact) => {
      const stored = registrationFacts(fact)
      const date = (at: string | null) => (at ? new Date(at) : null)
      return {
        ...submission(fact),
        facts: {
          ...stored,
          firstContactAt: date(stored.firstContactAt),
          reachedAssessmentAt: date(stored.reachedAssessmentAt),
          atRiskMoments: stored.atRiskMoments.map((moment) => ({ ...moment, at: date(moment.at) })),
        },
      }
    }),
    // With the facts hooks/applicationFacts stores.
    applications: facts.applications.map((fact) => {
      const stored = applicationFacts(fact)
      const firstContactAt = stored.firstContactAt ? new Date(stored.firstContactAt) : null
      return { ...submission(fact), facts: { ...stored, firstContactAt } }
    }),
    'info-evenings': facts.evenings.map(({ id, startsAt, published, ...rest }) => ({
      _id: id,
      ...rest,
      startsAt: new Date(startsAt),
      _status: published ? 'published' : 'draft',
    })),
    bookings: facts.bookings.map(({ id, ...rest }) => ({ _id: id, ...rest })),
  }
}
