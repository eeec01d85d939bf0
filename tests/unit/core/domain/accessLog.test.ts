import { describe, expect, it } from 'vitest'

import {
  type Read,
  accessLogCutoff,
  accessLogRetentionDays,
  accessSurface,
} from '../../../../core/domain/accessLog'

const staffRead = (overrides: Partial<Read>): Read => ({
  operation: 'findByID',
  api: 'local',
  byStaff: true,
  accessChecked: true,
  selected: null,
  ...overrides,
})

describe('accessSurface', () => {
  it.each([
    ['the admin edit view (whole document, Local API)', {}, 'view'],
    ['an admin list of whole documents', { operation: 'find' }, 'list'],
    [
      'an admin list whose columns include the name',
      { operation: 'find', selected: ['reference', 'name'] },
      'list',
    ],
    ['REST read by id', { api: 'REST' }, 'api-read'],
    ['a REST list', { operation: 'find', api: 'REST' }, 'api-list'],
    ['GraphQL counts as the API', { api: 'GraphQL' }, 'api-read'],
    ['the CSV export names itself', { operation: 'find', api: 'REST', named: 'export' }, 'export'],
    [
      'a list of references and statuses shows nobody',
      { operation: 'find', selected: ['reference', 'status'] },
      null,
    ],
    ['a Today list of references', { operation: 'find', selected: ['reference', 'createdAt'] }, null],
    ['an anonymous read', { byStaff: false }, null],
    ['a read the system makes past access control', { accessChecked: false }, null],
    ['a read logged as part of another (a panel of the edit view)', { named: 'logged-elsewhere' }, null],
  ] as [string, Partial<Read>, string | null][])('%s', (_, read, expected) => {
    expect(accessSurface('applications', staffRead(read))).toBe(expected)
  })

  it('personal fields are the collection’s own: an interest registration’s “about” is personal', () => {
    const read = staffRead({ operation: 'find', selected: ['reference', 'about'] })
    expect(accessSurface('interest-registrations', read)).toBe('list')
    expect(accessSurface('applications', read)).toBeNull()
  })
})

describe('access-log retention', () => {
  it.each([
    ['two years by default', {}, 730],
    ['as configured', { ACCESS_LOG_RETENTION_DAYS: '1095' }, 1095],
  ])('%s', (_, env, days) => {
    expect(accessLogRetentionDays(env)).toBe(days)
  })

  it.each([['0'], ['-3'], ['two years'], ['1.5']])('refuses %s days', (value) => {
    expect(() => accessLogRetentionDays({ ACCESS_LOG_RETENTION_DAYS: value })).toThrow(
      /ACCESS_LOG_RETENTION_DAYS/,
    )
  })

  it('deletes what is older than the retention time', () => {
    expect(accessLogCutoff(new Date('2027-04-30T02:15:00Z'), 730)).toBe('2025-04-30T02:15:00.000Z')
  })
})
