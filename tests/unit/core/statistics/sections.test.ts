import { describe, expect, it } from 'vitest'

import type { StatisticsScope } from '../../../../core/statistics/facts'
import { sectionsOf } from '../../../../core/statistics/sections'

const scope = (parts: Partial<StatisticsScope>): StatisticsScope => ({
  registrations: { teams: [] },
  applications: { teams: [] },
  evenings: { teams: [] },
  municipality: null,
  ...parts,
})

describe('the sections of a team report', () => {
  it.each([
    [
      'an admin: all',
      scope({ registrations: { all: true }, applications: { all: true }, evenings: { all: true } }),
      { interest: true, evenings: true, applications: true },
    ],
    [
      'a recruiter: interest registrations and evenings',
      scope({ registrations: { teams: ['t1'] }, evenings: { teams: ['t1'] } }),
      { interest: true, evenings: true, applications: false },
    ],
    [
      'intake: applications',
      scope({ applications: { teams: ['t1'] } }),
      { interest: false, evenings: false, applications: true },
    ],
    ['staff in no team: none', scope({}), { interest: false, evenings: false, applications: false }],
  ])('%s', (_who, given, sections) => {
    expect(sectionsOf(given)).toEqual(sections)
  })
})
