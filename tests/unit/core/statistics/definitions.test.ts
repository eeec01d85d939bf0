import { describe, expect, it } from 'vitest'

import { applicantKey } from '../../../../core/statistics/applications'
import { atRiskMoments } from '../../../../core/statistics/atRisk'
import {
  lastQuarters,
  monthsOf,
  stockholmDay,
  weeksOf,
  workingDayCalendar,
  workingDaysBetween,
} from '../../../../core/statistics/calendar'
import { eveningCounts } from '../../../../core/statistics/evenings'
import { type RegistrationFact, scoped } from '../../../../core/statistics/facts'
import { funnelOf } from '../../../../core/statistics/funnel'
import { registrationCounts } from '../../../../core/statistics/registrations'
import { firstActionAt, responseTimes } from '../../../../core/statistics/response'
import { spreadOf } from '../../../../core/statistics/spread'

const registration = (extra: Partial<RegistrationFact> = {}): RegistrationFact => ({
  id: 'r',
  createdAt: '2026-05-04T08:00:00.000Z',
  municipality: 'm1',
  routedTeams: ['tA'],
  status: 'new',
  services: ['contact-family'],
  history: [{ status: 'new', at: '2026-05-04T08:00:00.000Z' }],
  contactLog: [],
  ...extra,
})

describe('the statistics calendar (Stockholm)', () => {
  it.each([
    ['2026-05-04', '2026-05-04', 0],
    ['2026-05-08', '2026-05-11', 1], // Friday to Monday
    ['2026-05-09', '2026-05-11', 1], // Saturday to Monday
    ['2026-05-12', '2026-05-19', 4], // Ascension Day (14 May) is no working day
    ['2026-12-23', '2026-12-28', 1], // Christmas Eve, Christmas Day and Boxing Day
  ])('from %s to %s is %i working days', (from, to, days) => {
    expect(workingDaysBetween(from, to)).toBe(days)
    const calendar = new Map(workingDayCalendar(from, to))
    expect(calendar.get(to)! - calendar.get(from)!).toBe(days)
  })

  it.each([
    ['2026-03-28T23:30:00.000Z', '2026-03-29'], // winter time: +1 h
    ['2026-03-29T22:30:00.000Z', '2026-03-30'], // summer time: +2 h
    ['2026-10-24T22:30:00.000Z', '2026-10-25'],
    ['2026-10-25T22:30:00.000Z', '2026-10-25'], // back to +1 h
  ])('%s falls on %s in Stockholm', (instant, day) => expect(stockholmDay(instant)).toBe(day))

  it('lists every week, month and quarter a period touches, empty ones too', () => {
    expect(weeksOf({ from: '2026-05-01', to: '2026-05-15' })).toEqual([
      '2026-04-27',
      '2026-05-04',
      '2026-05-11',
    ])
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01'])
    expect(lastQuarters('2026-02-10', 3).map((entry) => entry.quarter)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ])
    expect(lastQuarters('2026-02-10', 1)[0]).toEqual({
      quarter: '2026-Q1',
      from: '2026-01-01',
      to: '2026-04-01',
    })
  })
})

describe('spread of working days', () => {
  it.each([
    [[], { measured: 0, medianWorkingDays: null, p90WorkingDays: null }],
    [[4], { measured: 1, medianWorkingDays: 4, p90WorkingDays: 4 }],
    [[5, 0, 4, 2], { measured: 4, medianWorkingDays: 2, p90WorkingDays: 5 }],
    [[1, 1, 2, 3, 3, 3, 4, 8, 9, 30], { measured: 10, medianWorkingDays: 3, p90WorkingDays: 9 }],
  ])('of %j (nearest rank)', (days, spread) => expect(spreadOf(days)).toEqual(spread))
})

describe('the funnel, from the status history', () => {
  it('counts a step as reached when the history holds it or a later one', () => {
    const funnel = funnelOf([
      registration({
        history: [
          { status: 'new', at: '' },
          { status: 'information-evening', at: '' },
        ],
      }),
      registration({
        status: 'withdrawn',
        history: [
          { status: 'new', at: '' },
          { status: 'contacted', at: '' },
          { status: 'withdrawn', at: '' },
        ],
      }),
      registration({
        status: 'paused',
        history: [
          { status: 'assessment', at: '' },
          { status: 'paused', at: '' },
        ],
      }),
    ])
    expect(funnel.steps).toEqual([
      { status: 'contacted', reached: 3 },
      { status: 'information-evening', reached: 2 },
      { status: 'assessment', reached: 1 },
      { status: 'approved', reached: 0 },
      { status: 'assigned', reached: 0 },
    ])
    expect(funnel.endings).toEqual([
      { key: 'paused', count: 1 },
      { key: 'withdrawn', count: 1 },
      { key: 'not-suitable', count: 0 },
    ])
  })

  it('of no registrations is all zeros', () => {
    expect(funnelOf([]).steps.every((step) => step.reached === 0)).toBe(true)
  })
})

describe('time to first contact', () => {
  const at = (day: string) => `${day}T08:00:00.000Z`
  it.each([
    ['a contact-log entry', { contactLog: [{ at: at('2026-05-06'), by: 'u1' }] }, at('2026-05-06')],
    [
      'a status change by staff',
      { history: [{ status: 'contacted', at: at('2026-05-07'), by: 'u1' }] },
      at('2026-05-07'),
    ],
    [
      'not a move by the booking flow',
      { history: [{ status: 'information-evening', at: at('2026-05-05') }] },
      null,
    ],
    ['not a hand-over', { history: [{ status: 'new', at: at('2026-05-05'), by: 'u2', toTeam: 'tA' }] }, null],
  ])('starts with %s', (_case, extra, first) => expect(firstActionAt(registration(extra))).toBe(first))

  it('counts the waiting ones past the limit against the share, not the spread', () => {
    const now = new Date('2026-05-20T10:00:00.000Z')
    const times = responseTimes(
      [
        registration({ contactLog: [{ at: at('2026-05-05') }] }), // 1 working day
        registration({ contactLog: [{ at: at('2026-05-11') }] }), // 5 working days
        registration(), // still waiting after 11 working days: late
        registration({ createdAt: at('2026-05-19') }), // waiting 1 day: not known yet
      ],
      now,
      3,
    )
    expect(times).toEqual({ measured: 2, medianWorkingDays: 1, p90WorkingDays: 5, within: 1 / 3 })
  })
})

describe('registrations counted', () => {
  it('in an empty period: zero weeks, no keys', () => {
    const counts = registrationCounts([], { from: '2026-05-04', to: '2026-05-18' })
    expect(counts).toEqual({
      total: 0,
      perWeek: [
        { week: '2026-05-04', count: 0 },
        { week: '2026-05-11', count: 0 },
      ],
      byService: [],
      byChannel: [],
      byCampaign: [],
      byDistrict: [],
    })
  })

  it('by every service asked for and by district within its municipality', () => {
    const counts = registrationCounts(
      [
        registration({ services: ['contact-family', 'skkp'], district: 'centrum' }),
        registration({ services: ['skkp'], district: 'centrum', municipality: 'm2', channel: 'web' }),
      ],
      { from: '2026-05-04', to: '2026-05-11' },
    )
    expect(counts.byService).toEqual([
      { key: 'skkp', count: 2 },
      { key: 'contact-family', count: 1 },
    ])
    expect(counts.byDistrict).toEqual([
      { key: 'm1:centrum', count: 1 },
      { key: 'm2:centrum', count: 1 },
    ])
    expect(counts.byChannel).toEqual([{ key: 'web', count: 1 }])
  })

  it('for the team that holds them now: a hand-over moves them; a cooperation filters by municipality', () => {
    const handedOver = registration({ id: 'h', routedTeams: ['tA'] })
    const elsewhere = registration({ id: 'e', routedTeams: ['tA'], municipality: 'm2' })
    const others = registration({ id: 'o', routedTeams: ['tB'] })
    const all = [handedOver, elsewhere, others]
    expect(scoped(all, { teams: ['tA'] }, null).map((fact) => fact.id)).toEqual(['h', 'e'])
    expect(scoped(all, { teams: ['tA'] }, 'm2').map((fact) => fact.id)).toEqual(['e'])
    expect(scoped(all, { teams: ['tB'] }, null).map((fact) => fact.id)).toEqual(['o'])
    expect(scoped(all, { all: true }, null)).toHaveLength(3)
  })
})

describe('falling at risk', () => {
  const now = new Date('2026-09-01T00:00:00.000Z')
  it.each([
    ['30 days after arrival with nothing since', {}, ['2026-06-03T08:00:00.000Z']],
    [
      'again 30 days after a later contact',
      { contactLog: [{ at: '2026-06-10T08:00:00.000Z' }] },
      ['2026-06-03T08:00:00.000Z', '2026-07-10T08:00:00.000Z'],
    ],
    [
      'never when acted on within 30 days',
      {
        contactLog: [
          { at: '2026-05-20T08:00:00.000Z' },
          { at: '2026-06-15T08:00:00.000Z' },
          { at: '2026-07-10T08:00:00.000Z' },
          { at: '2026-08-05T08:00:00.000Z' },
        ],
      },
      [],
    ],
    [
      'not once following up has ended',
      {
        history: [
          { status: 'new', at: '2026-05-04T08:00:00.000Z' },
          { status: 'withdrawn', at: '2026-05-10T08:00:00.000Z', by: 'u1' },
        ],
      },
      [],
    ],
    [
      'not restarted by a move without an author',
      {
        history: [
          { status: 'new', at: '2026-05-04T08:00:00.000Z' },
          { status: 'information-evening', at: '2026-05-20T08:00:00.000Z' },
        ],
      },
      ['2026-06-03T08:00:00.000Z'],
    ],
  ])('%s', (_case, extra, moments) => expect(atRiskMoments(registration(extra), now)).toEqual(moments))
})

describe('information evenings counted', () => {
  it('bookings, seats, waitlist, attendance, and attendees reaching assessment within 60 days', () => {
    const evening = {
      id: 'e1',
      municipality: 'm1',
      organizingTeam: 'tA',
      startsAt: '2026-05-10T16:00:00.000Z',
      status: 'open',
      published: true,
    }
    const booking = (
      id: string,
      status: string,
      seats: number,
      attendance: string | null,
      registration: string | null = null,
    ) => ({ id, evening: 'e1', team: 'tA', status, seats, attendance, interestRegistration: registration })
    const histories: Record<string, { status: string; at: string }[]> = {
      soon: [{ status: 'assessment', at: '2026-06-01T08:00:00.000Z' }],
      late: [{ status: 'assessment', at: '2026-07-20T08:00:00.000Z' }],
    }
    const [row] = eveningCounts(
      [evening],
      [
        booking('b1', 'confirmed', 2, 'attended', 'soon'),
        booking('b2', 'confirmed', 1, 'attended', 'late'),
        booking('b3', 'confirmed', 1, 'attended', 'unseen'),
        booking('b4', 'confirmed', 1, 'no-show'),
        booking('b5', 'waitlisted', 1, null),
        booking('b6', 'cancelled', 2, null),
      ],
      (id) => histories[id],
    )
    expect(row).toEqual({
      evening: 'e1',
      startsAt: evening.startsAt,
      bookings: 5,
      confirmedSeats: 5,
      waitlisted: 1,
      attended: 3,
      noShows: 1,
      reachedAssessment: 1,
    })
  })
})

describe('who an application is for', () => {
  it.each([
    [{ applicant: 'guardian', forWhom: 'child' }, 'child'],
    [{ applicant: 'guardian', forWhom: 'young-person', disability: true }, 'youth-lss'],
    [{ applicant: 'self', disability: false }, 'adult'],
    [{ applicant: 'self', disability: true }, 'adult-lss'],
  ])('%j is counted as %s', (answers, key) => expect(applicantKey(answers)).toBe(key))
})
