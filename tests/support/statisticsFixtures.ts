import type { PublicStatistics, TeamReport } from '../../core/statistics/report'

/** A team report with every part filled: codes and ids as the endpoint answers them. */
export const teamReport: TeamReport = {
  period: { from: '2026-01-01', to: '2026-04-01' },
  municipality: null,
  registrations: {
    total: 40,
    perWeek: [
      { week: '2025-12-29', count: 3 },
      { week: '2026-01-05', count: 0 },
      { week: '2026-01-12', count: 7 },
    ],
    byService: [
      { key: 'contact-family', count: 25 },
      { key: 'lss-contact-person', count: 15 },
    ],
    byChannel: [
      { key: 'social-media', count: 30 },
      { key: 'someone-i-know', count: 10 },
    ],
    byCampaign: [{ key: 'camp-7f3a', name: 'En helg i månaden', count: 12 }],
    byDistrict: [{ key: 'sodermalm', name: 'Södermalm', count: 22 }],
  },
  funnel: {
    steps: [
      { status: 'contacted', reached: 30 },
      { status: 'information-evening', reached: 15 },
      { status: 'assessment', reached: 9 },
      { status: 'approved', reached: 6 },
      { status: 'assigned', reached: 3 },
    ],
    endings: [
      { key: 'withdrawn', count: 8 },
      { key: 'not-suitable', count: 2 },
    ],
  },
  firstContact: { measured: 30, medianWorkingDays: 1.5, p90WorkingDays: 4, withinThreeWorkingDays: 0.8 },
  atRisk: { now: 4, perMonth: [{ month: '2026-02', atRisk: 5 }] },
  evenings: [
    {
      evening: 'eve-91c2',
      name: 'Informationskväll på Södermalm',
      startsAt: '2026-03-12T17:30:00.000Z',
      bookings: 20,
      confirmedSeats: 24,
      waitlisted: 2,
      attended: 15,
      noShows: 5,
      reachedAssessment: 6,
    },
  ],
  campaigns: [
    {
      campaign: 'camp-7f3a',
      name: 'En helg i månaden',
      registrations: 12,
      byChannel: [{ key: 'advertising', count: 12 }],
      funnel: { steps: [{ status: 'contacted', reached: 9 }], endings: [] },
    },
  ],
  applications: {
    total: 10,
    byService: [
      { key: 'not-sure', count: 6 },
      { key: 'contact-person', count: 4 },
    ],
    byApplicant: [
      { key: 'child-lss', count: 7 },
      { key: 'adult', count: 3 },
    ],
    callBack: {
      measured: 9,
      medianWorkingDays: 2,
      p90WorkingDays: 5,
      promisedWorkingDays: 3,
      withinPromise: 0.75,
    },
  },
}

/** Nothing happened in the period. */
export const emptyReport: TeamReport = {
  ...teamReport,
  registrations: { total: 0, perWeek: [], byService: [], byChannel: [], byCampaign: [], byDistrict: [] },
  funnel: { steps: [], endings: [] },
  firstContact: { measured: 0, medianWorkingDays: null, p90WorkingDays: null, withinThreeWorkingDays: null },
  atRisk: { now: 0, perMonth: [] },
  evenings: [],
  campaigns: [],
  applications: {
    total: 0,
    byService: [],
    byApplicant: [],
    callBack: {
      measured: 0,
      medianWorkingDays: null,
      p90WorkingDays: null,
      promisedWorkingDays: 3,
      withinPromise: null,
    },
  },
}

/** Public aggregates: exact cells, a primary and a complementary suppression. */
export const publicStatistics: PublicStatistics = {
  generatedAt: '2026-10-02T04:00:00.000Z',
  quarters: ['2026-Q2', '2026-Q3'],
  areas: [
    {
      slug: null,
      name: 'Alla',
      rows: [
        {
          quarter: '2026-Q2',
          interestRegistrations: { value: 120 },
          eveningsHeld: { value: 9 },
          eveningAttendees: { value: 80 },
          approvals: { value: 12 },
        },
        {
          quarter: '2026-Q3',
          interestRegistrations: { value: 140 },
          eveningsHeld: { value: 11 },
          eveningAttendees: { value: 95 },
          approvals: { value: 17 },
        },
      ],
    },
    {
      slug: 'vaxholm',
      name: 'Vaxholm',
      rows: [
        {
          quarter: '2026-Q2',
          interestRegistrations: { value: 14 },
          eveningsHeld: { suppressed: 'fewer-than-5' },
          eveningAttendees: { value: 9 },
          approvals: { suppressed: 'fewer-than-5' },
        },
        {
          quarter: '2026-Q3',
          interestRegistrations: { value: 21 },
          eveningsHeld: { suppressed: 'fewer-than-5' },
          eveningAttendees: { suppressed: 'complementary' },
          approvals: { suppressed: 'fewer-than-5' },
        },
      ],
    },
  ],
}
