import { describe, expect, it } from 'vitest'

import {
  changeContactLog,
  isDue,
  isOverdue,
  isUntouched,
  mayBeResponsible,
  remindOfNextAction,
} from '../../../../core/domain/caseWork'

const at = new Date('2026-11-25T07:46:00Z')
const stored = [
  { id: 'a', kind: 'call-attempt', note: null, at: '2026-11-24T08:00:00.000Z', by: 'anna' },
  { id: 'b', kind: 'reached', note: 'Ringer tillbaka', at: '2026-11-24T09:00:00.000Z', by: 'anna' },
]

describe('a change to the contact log', () => {
  const staff = { by: 'bo', admin: false, at }
  const admin = { by: 'root', admin: true, at }

  it('stamps a new line with the server time and the signed-in user, whatever the client sent', () => {
    const forged = { kind: 'note', note: 'Hej', at: '2020-01-01T00:00:00.000Z', by: 'anna' }
    expect(changeContactLog(stored, [...stored, forged], staff)).toEqual({
      ok: true,
      added: 1,
      log: [...stored, { kind: 'note', note: 'Hej', at: at.toISOString(), by: 'bo' }],
    })
  })

  it('keeps the stored time and author of a line the client sent back altered', () => {
    const sent = [{ ...stored[0], at: '2020-01-01T00:00:00.000Z', by: 'bo' }, stored[1]]
    expect(changeContactLog(stored, sent, staff)).toEqual({ ok: true, added: 0, log: stored })
  })

  it.each([
    ['a note rewritten', [stored[0], { ...stored[1], note: 'Något annat' }], 'edited'],
    ['a kind changed', [{ ...stored[0], kind: 'reached' }, stored[1]], 'edited'],
    ['a line left out', [stored[1]], 'removed'],
    ['every line left out', [], 'removed'],
  ])('refuses staff %s', (_, sent, refused) => {
    expect(changeContactLog(stored, sent, staff)).toEqual({ ok: false, refused })
  })

  it('lets an admin correct or remove a line, still keeping its time and author', () => {
    const result = changeContactLog(stored, [{ ...stored[1], note: 'Rättad', by: 'root' }], admin)
    expect(result).toEqual({ ok: true, added: 0, log: [{ ...stored[1], note: 'Rättad' }] })
  })
})

describe('untouched: no contact-log line and no status change by staff', () => {
  // A record's story over three days: it arrives, staff may act on it, it is handed over to team t2.
  const arrival = { by: null, at: '2026-12-01T08:00:00Z' }
  const handOver = { by: 'u', toTeam: 't2', at: '2026-12-02T09:00:00Z' }
  const afterHandOver = '2026-12-03T10:00:00Z'

  it.each([
    ['just arrived', { history: [{ status: 'new', by: null }], contactLog: [] }, true],
    ['moved by a booking (no author)', { history: [{ by: null }, { by: null }] }, true],
    [
      'handed over to another team, nothing else',
      { history: [{ by: null }, { by: 'u', toTeam: 't2' }] },
      true,
    ],
    ['a status change by staff', { history: [{ by: null }, { by: 'u' }] }, false],
    ['a contact logged', { history: [{ by: null }], contactLog: [{ kind: 'call-attempt' }] }, false],
    ['nothing stored at all', {}, true],
    [
      'acted on, then handed over: new work for the receiving team',
      {
        history: [arrival, { by: 'u', at: '2026-12-01T09:00:00Z' }, handOver],
        contactLog: [{ kind: 'reached', at: '2026-12-01T08:30:00Z' }],
      },
      true,
    ],
    [
      'handed over, then a contact logged by the receiving team',
      { history: [arrival, handOver], contactLog: [{ kind: 'call-attempt', at: afterHandOver }] },
      false,
    ],
    [
      'handed over, then a status change by the receiving team',
      { history: [arrival, handOver, { by: 'v', at: afterHandOver }] },
      false,
    ],
  ])('%s: %s', (_, doc, expected) => {
    expect(isUntouched(doc)).toBe(expected)
  })
})

describe('a next action by its date, on the Stockholm calendar', () => {
  const now = new Date('2026-11-25T10:00:00Z')
  it.each([
    ['yesterday', '2026-11-24T11:00:00.000Z', true, true],
    ['earlier today', '2026-11-25T06:00:00.000Z', false, true],
    ['today, stored as UTC the evening before (00:30 in Stockholm)', '2026-11-24T23:30:00.000Z', false, true],
    ['tomorrow', '2026-11-26T11:00:00.000Z', false, false],
    ['none set', null, false, false],
  ])('%s: overdue %s, due %s', (_, date, overdue, due) => {
    expect(isOverdue(date, now)).toBe(overdue)
    expect(isDue(date, now)).toBe(due)
  })

  it.each([
    ['overdue, never reminded', { nextActionAt: '2026-11-24T11:00:00.000Z' }, true],
    [
      'overdue, reminded of this date',
      { nextActionAt: '2026-11-24T11:00:00.000Z', nextActionRemindedFor: '2026-11-24T11:00:00.000Z' },
      false,
    ],
    [
      'reminded of an earlier date, moved and overdue again',
      { nextActionAt: '2026-11-24T11:00:00.000Z', nextActionRemindedFor: '2026-11-20T11:00:00.000Z' },
      true,
    ],
    ['due today', { nextActionAt: '2026-11-25T11:00:00.000Z' }, false],
  ])('reminds the responsible person: %s → %s', (_, state, expected) => {
    expect(remindOfNextAction(state, now)).toBe(expected)
  })
})

describe('who may be responsible', () => {
  const registration = { role: 'recruiter', routedTeams: ['sodermalm', 'lss'] }
  it.each([
    ['a recruiter of a routed team', { roles: ['recruiter'], teams: ['lss'] }, true],
    ['a recruiter of another team', { roles: ['recruiter'], teams: ['vaxholm'] }, false],
    ['intake staff of a routed team', { roles: ['intake'], teams: ['sodermalm'] }, false],
    ['an admin in no team', { roles: ['admin'], teams: [] }, true],
    ['communications staff', { roles: ['communications'], teams: ['sodermalm'] }, false],
  ])('%s: %s', (_, person, expected) => {
    expect(mayBeResponsible(person, registration)).toBe(expected)
  })
})
