import { describe, expect, it } from 'vitest'

import { applicationFacts } from '../../../../core/statistics/applicationFacts'
import { reachedAssessmentAfter, reachedAssessmentAt } from '../../../../core/statistics/evenings'
import type { ContactFact, HistoryFact } from '../../../../core/statistics/facts'
import { responseTimes } from '../../../../core/statistics/response'
import { anonymiseRecord } from '../../../support/anonymiseRecord'

const ARRIVED = '2026-05-04T08:00:00.000Z' // a Monday
const at = (day: string, time = '08:00') => `${day}T${time}:00.000Z`
const application = (history: HistoryFact[] = [], contactLog: ContactFact[] = []) => ({
  createdAt: ARRIVED,
  history: [{ status: 'new', at: ARRIVED }, ...history],
  contactLog,
})

describe('the facts stored on an application', () => {
  it.each([
    ['nobody called back yet', application(), { first: null, days: null }],
    [
      'a call the same day',
      application([], [{ at: at('2026-05-04', '13:00'), by: 'u1' }]),
      { first: at('2026-05-04', '13:00'), days: 0 },
    ],
    [
      'closing it without a call is an act too',
      application([{ status: 'closed', at: at('2026-05-06'), by: 'u1' }]),
      { first: at('2026-05-06'), days: 2 },
    ],
    [
      'the earlier of a contact and a status change',
      application([{ status: 'contacted', at: at('2026-05-07'), by: 'u1' }], [{ at: at('2026-05-05') }]),
      { first: at('2026-05-05'), days: 1 },
    ],
    [
      'a hand-over is no call back (Ascension Day is no working day)',
      application([
        { status: 'new', at: at('2026-05-05'), by: 'u2', toTeam: 'tA' },
        { status: 'contacted', at: at('2026-05-15'), by: 'u1' },
      ]),
      { first: at('2026-05-15'), days: 8 },
    ],
  ])('%s', (_case, fact, expected) =>
    expect(applicationFacts(fact)).toEqual({
      firstContactAt: expected.first,
      firstContactWorkingDays: expected.days,
    }),
  )

  it('give the working days the call-back spread counts for one acted on', () => {
    const fact = application([], [{ at: at('2026-05-11') }])
    const spread = responseTimes(
      [{ ...fact, id: 'a', municipality: 'm', routedTeams: [], status: 'new' }],
      new Date(at('2026-06-01')),
      3,
    )
    expect(spread.medianWorkingDays).toBe(applicationFacts(fact).firstContactWorkingDays)
  })

  it('are kept when the application is anonymised, and are the same worked out from what it keeps', () => {
    const record = {
      id: 'a1',
      createdAt: ARRIVED,
      name: 'Anna Andersson',
      history: [
        { id: 'h1', status: 'new', at: ARRIVED, by: null, reason: null },
        { id: 'h2', status: 'closed', at: at('2026-05-08'), by: 'u1', reason: null },
      ],
      contactLog: [{ id: 'c1', kind: 'reached', at: at('2026-05-07'), by: 'u1', note: 'Ring efter 17' }],
      facts: applicationFacts(application()),
    }
    const { change, anonymised } = anonymiseRecord('applications', record)
    expect(change).not.toHaveProperty('facts')
    expect(applicationFacts(anonymised)).toEqual(applicationFacts(record))
  })
})

describe('when a registration reached assessment (stored for the evenings)', () => {
  it.each([
    ['never', [{ status: 'contacted', at: at('2026-05-05') }], null],
    [
      'the first step from assessment on, whichever it was',
      [
        { status: 'approved', at: at('2026-06-10') },
        { status: 'assessment', at: at('2026-06-01') },
      ],
      at('2026-06-01'),
    ],
    [
      'assessment again after a pause keeps the first time',
      [
        { status: 'assessment', at: at('2026-05-20') },
        { status: 'paused', at: at('2026-05-25') },
        { status: 'assessment', at: at('2026-07-01') },
      ],
      at('2026-05-20'),
    ],
  ])('%s', (_case, history, expected) => expect(reachedAssessmentAt(history)).toBe(expected))

  it.each([
    ['on the 60th day', at('2026-07-09', '16:00'), true],
    ['a minute after', at('2026-07-09', '16:01'), false],
    ['before the evening', at('2026-05-01'), true],
  ])('counts for an evening %s', (_case, reached, counts) =>
    expect(reachedAssessmentAfter([{ status: 'assessment', at: reached }], at('2026-05-10', '16:00'))).toBe(
      counts,
    ),
  )
})
