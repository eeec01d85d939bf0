import { describe, expect, it } from 'vitest'

import { atRiskMoments } from '../../../../core/statistics/atRisk'
import type { ContactFact, HistoryFact } from '../../../../core/statistics/facts'
import { registrationFacts } from '../../../../core/statistics/registrationFacts'
import { lateBefore } from '../../../../core/statistics/response'
import { anonymiseRecord } from '../../../support/anonymiseRecord'

const ARRIVED = '2026-05-04T08:00:00.000Z' // a Monday
const at = (day: string, time = '08:00') => `${day}T${time}:00.000Z`
const timeline = (history: HistoryFact[] = [], contactLog: ContactFact[] = []) => ({
  createdAt: ARRIVED,
  history: [{ status: 'new', at: ARRIVED }, ...history],
  contactLog,
})

describe('the facts stored on a registration', () => {
  it.each([
    ['nobody acted yet', timeline(), { step: 0, first: null, days: null, moments: [at('2026-06-03')] }],
    [
      'a staff status change: contacted the next day',
      timeline([{ status: 'contacted', at: at('2026-05-05'), by: 'u1' }]),
      { step: 1, first: at('2026-05-05'), days: 1, moments: [at('2026-06-04')] },
    ],
    [
      'a contact-log entry before the status change counts first',
      timeline(
        [{ status: 'contacted', at: at('2026-05-08'), by: 'u1' }],
        [{ at: at('2026-05-04', '12:00'), by: 'u1' }],
      ),
      { step: 1, first: at('2026-05-04', '12:00'), days: 0, moments: [at('2026-06-07')] },
    ],
    [
      'a hand-over is no contact; the receiving team’s call is (Ascension Day is no working day)',
      timeline([
        { status: 'new', at: at('2026-05-13'), by: 'u2', toTeam: 'tA' },
        { status: 'contacted', at: at('2026-05-19'), by: 'u1' },
      ]),
      { step: 1, first: at('2026-05-19'), days: 10, moments: [at('2026-06-18')] },
    ],
    [
      'the booking flow’s move (no author) reaches a step but is no contact and restarts no clock',
      timeline([{ status: 'information-evening', at: at('2026-05-10') }]),
      { step: 2, first: null, days: null, moments: [at('2026-06-03')] },
    ],
    [
      'stepping aside and back keeps the furthest step',
      timeline([
        { status: 'contacted', at: at('2026-05-05'), by: 'u1' },
        { status: 'assessment', at: at('2026-05-06'), by: 'u1' },
        { status: 'paused', at: at('2026-05-07'), by: 'u1' },
        { status: 'contacted', at: at('2026-07-20'), by: 'u1' },
      ]),
      // At risk 30 days after the pause (paused is not finished), and again after the return.
      {
        step: 3,
        first: at('2026-05-05'),
        days: 1,
        moments: [at('2026-06-06'), at('2026-08-19')],
        assessment: at('2026-05-06'),
      },
    ],
    [
      'a finished registration falls at risk no more',
      timeline([{ status: 'withdrawn', at: at('2026-05-06'), by: 'u1' }]),
      { step: 0, first: at('2026-05-06'), days: 2, moments: [] },
    ],
    [
      'a gap of thirty days between acts is a moment, a shorter one is none',
      timeline([], [{ at: at('2026-06-03') }, { at: at('2026-06-20') }]),
      { step: 0, first: at('2026-06-03'), days: 21, moments: [at('2026-06-03'), at('2026-07-20')] },
    ],
  ])('%s', (_case, fact, expected) => {
    const facts = registrationFacts(fact)
    expect(facts).toEqual({
      furthestStep: expected.step,
      firstContactAt: expected.first,
      firstContactWorkingDays: expected.days,
      reachedAssessmentAt: 'assessment' in expected ? expected.assessment : null,
      atRiskMoments: expected.moments.map((moment) => ({ at: moment, month: moment.slice(0, 7) })),
    })
  })

  it('keeps every moment, so those due by any `now` are the defined ones', () => {
    const fact = timeline([{ status: 'paused', at: at('2026-05-07'), by: 'u1' }], [{ at: at('2026-07-01') }])
    const stored = registrationFacts(fact).atRiskMoments.map((moment) => moment.at)
    for (const now of ['2026-05-20', '2026-06-06', '2026-06-07', '2026-07-31', '2026-08-01'])
      expect(stored.filter((moment) => moment <= at(now))).toEqual(atRiskMoments(fact, new Date(at(now))))
  })

  it('files a moment under its Stockholm month', () => {
    // 30 days after 1 May 22:30 UTC is 31 May 22:30 UTC: 1 June in Stockholm.
    const fact = { createdAt: '2026-05-01T22:30:00.000Z', history: [], contactLog: [] }
    expect(registrationFacts(fact).atRiskMoments).toEqual([
      { at: '2026-05-31T22:30:00.000Z', month: '2026-06' },
    ])
  })

  it('are the same worked out from an anonymised record: anonymising keeps what they read', () => {
    const record = {
      id: 'r1',
      createdAt: ARRIVED,
      name: 'Anna Andersson',
      history: [
        { id: 'h1', status: 'new', at: ARRIVED, by: null, reason: null },
        { id: 'h2', status: 'new', at: at('2026-05-05'), by: 'u2', toTeam: 'tA', reason: 'Bor i Norrby' },
        { id: 'h3', status: 'assessment', at: at('2026-05-20'), by: 'u1', reason: null },
      ],
      contactLog: [{ id: 'c1', kind: 'call', at: at('2026-05-07'), by: 'u1', note: 'Ring efter 17' }],
      facts: { furthestStep: 3 },
    }
    const { change, anonymised } = anonymiseRecord('interest-registrations', record)
    expect(change).not.toHaveProperty('facts')
    expect(registrationFacts(anonymised)).toEqual(registrationFacts(record))
  })
})

describe('who is late for a first contact', () => {
  it.each([
    // Monday: arrivals up to the Tuesday before have waited 4 working days, Wednesday's 3.
    ['2026-05-11T14:00:00.000Z', 3, '2026-05-05T22:00:00.000Z'],
    // Ascension Day (Thursday 14 May) is no working day: Monday 11 May's arrivals are late.
    ['2026-05-18T08:00:00.000Z', 3, '2026-05-11T22:00:00.000Z'],
    ['2026-05-11T14:00:00.000Z', 0, '2026-05-10T22:00:00.000Z'],
  ])('at %s with a limit of %i: those that arrived before %s', (now, limit, before) =>
    expect(lateBefore(new Date(now), limit)).toBe(before),
  )
})
