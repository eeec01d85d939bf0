import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  atRisk,
  awaitingCallBack,
  centralQueue,
  drafts,
  myActionsDue,
  remindedUntouched,
  scheduledCampaigns,
  stuckJobs,
  untouched,
  upcomingEvenings,
} from '../../../../cms/admin/today/queries'
import { exportPath, listPath, whereQuery } from '../../../../cms/admin/whereQuery'

const finished = { status: { not_in: ['assigned', 'withdrawn', 'not-suitable', 'closed'] } }
const now = new Date('2026-12-06T10:00:00Z')

describe('the filters behind the Today counts', () => {
  it.each([
    ['untouched', untouched(), { and: [finished, { untouched: { equals: true } }] }],
    [
      'reminded and untouched',
      remindedUntouched(),
      {
        and: [finished, { untouched: { equals: true } }, { remindedAt: { exists: true } }],
      },
    ],
    ['at risk', atRisk(), { and: [finished, { atRisk: { equals: true } }] }],
    [
      'mine, due by the end of today in Stockholm',
      myActionsDue('u1', now),
      {
        and: [
          finished,
          { responsible: { equals: 'u1' } },
          { nextActionAt: { less_than: '2026-12-06T23:00:00.000Z' } },
        ],
      },
    ],
    ['waiting for a call-back', awaitingCallBack(), { status: { equals: 'new' } }],
    ['the central queue', centralQueue(), { and: [finished, { central: { equals: true } }] }],
    ['drafts', drafts(), { _status: { equals: 'draft' } }],
    [
      'scheduled campaigns',
      scheduledCampaigns(now),
      {
        and: [
          { _status: { equals: 'published' } },
          { startsAt: { greater_than: '2026-12-06T10:00:00.000Z' } },
        ],
      },
    ],
    [
      'stuck jobs',
      stuckJobs(now, 600_000),
      { and: [{ processing: { equals: true } }, { updatedAt: { less_than: '2026-12-06T09:50:00.000Z' } }] },
    ],
    [
      "my teams' coming evenings",
      upcomingEvenings(['t1', 't2'], now),
      {
        and: [
          { organizingTeam: { in: ['t1', 't2'] } },
          { startsAt: { greater_than: '2026-12-06T10:00:00.000Z' } },
          { status: { not_equals: 'cancelled' } },
        ],
      },
    ],
  ])('%s', (_, where, expected) => expect(where).toEqual(expected))
})

describe('a filter as a link', () => {
  it.each<[Where, string]>([
    [{ status: { equals: 'new' } }, 'where[status][equals]=new'],
    [
      { and: [{ status: { in: ['a b', 'c&d'] } }, { atRisk: { equals: true } }] },
      'where[and][0][status][in][0]=a%20b&where[and][0][status][in][1]=c%26d&where[and][1][atRisk][equals]=true',
    ],
    [{ 'contactLog.kind': { exists: false } }, 'where[contactLog.kind][exists]=false'],
  ])('%o is %s', (where, expected) => expect(whereQuery(where)).toBe(expected))

  it('opens the admin list, and the export, with the same filter and sort', () => {
    expect(listPath('applications', { status: { equals: 'new' } }, 'createdAt')).toBe(
      '/admin/collections/applications?where[status][equals]=new&sort=createdAt',
    )
    expect(exportPath('applications', { status: { equals: 'new' } }, '-createdAt')).toBe(
      '/api/applications/export.csv?where[status][equals]=new&sort=-createdAt',
    )
    expect(exportPath('applications')).toBe('/api/applications/export.csv')
  })
})
