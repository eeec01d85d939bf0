import { describe, expect, it } from 'vitest'

import {
  type HandOverRecord,
  type HandOverTeam,
  handOverTargets,
  handingTeam,
  routedTeamsAfterHandOver,
} from '../../../../core/domain/handOver'

const team = (id: string, services: string[], extra: Partial<HandOverTeam> = {}): HandOverTeam => ({
  id,
  active: true,
  municipalities: ['stockholm'],
  forms: ['interest'],
  services,
  ...extra,
})

const children = team('children', ['contact-family', 'contact-person', 'skkp'])
const adults = team('adults', ['contact-person'])
const lss = team('lss', ['lss-short-break-family', 'lss-contact-person'])
const central = team('central', ['contact-family', 'contact-person', 'lss-contact-person'])

const record = (routedTeams: string[], services: string[]): HandOverRecord => ({
  kind: 'interest',
  municipality: 'stockholm',
  routedTeams,
  services,
})

describe('routed teams after a hand-over', () => {
  it.each([
    [
      'one service, to a team that handles it: replaced',
      ['children'],
      ['contact-person'],
      children,
      adults,
      ['adults'],
    ],
    [
      'routed wrong (the receiver handles none of it): replaced',
      ['children'],
      ['contact-family'],
      children,
      lss,
      ['lss'],
    ],
    [
      'the LSS part handed on: the sender keeps the contact-family part',
      ['children'],
      ['contact-family', 'lss-contact-person'],
      children,
      lss,
      ['children', 'lss'],
    ],
    [
      'everything the sender handles moves: the sender leaves',
      ['children'],
      ['contact-person', 'lss-contact-person'],
      children,
      central,
      ['central'],
    ],
    [
      'a service only a third team handles does not keep the sender',
      ['children', 'lss'],
      ['contact-person', 'lss-contact-person'],
      children,
      adults,
      ['adults', 'lss'],
    ],
    [
      'other routed teams keep their place',
      ['lss', 'children'],
      ['skkp', 'lss-short-break-family'],
      children,
      central,
      ['lss', 'central'],
    ],
    [
      'from the central queue (no team): the receiver alone',
      [],
      ['contact-family'],
      null,
      children,
      ['children'],
    ],
  ] as const)('%s', (_, routedTeams, services, from, to, expected) => {
    expect(routedTeamsAfterHandOver(record([...routedTeams], [...services]), from, to)).toEqual(expected)
  })

  it('an application (one service, perhaps "not sure") moves whole', () => {
    const application: HandOverRecord = {
      kind: 'application',
      municipality: 'stockholm',
      routedTeams: ['children'],
      services: ['not-sure'],
    }
    expect(routedTeamsAfterHandOver(application, children, adults)).toEqual(['adults'])
  })
})

describe('teams a record may be handed to', () => {
  const teams = [
    children,
    adults,
    lss,
    team('inactive', ['contact-family'], { active: false }),
    team('applications-only', ['contact-family'], { forms: ['application'] }),
    team('elsewhere', ['contact-family'], { municipalities: ['vaxholm'] }),
    team('cooperation', ['contact-family'], { municipalities: ['vaxholm', 'stockholm'] }),
  ]

  it('active teams of the municipality (or a cooperation with it) that take the form, not the holder', () => {
    expect(handOverTargets(record(['children'], ['contact-family']), teams).map((t) => t.id)).toEqual([
      'adults',
      'lss',
      'cooperation',
    ])
  })

  it('an application goes only to teams that take applications', () => {
    const application: HandOverRecord = {
      kind: 'application',
      municipality: 'stockholm',
      routedTeams: [],
      services: ['skkp'],
    }
    expect(handOverTargets(application, teams).map((t) => t.id)).toEqual(['applications-only'])
  })
})

describe('which team hands a record over', () => {
  const staff = (teams: string[]) => ({ admin: false, teams })
  const admin = { admin: true, teams: [] }

  it.each([
    [
      'staff of the one routed team',
      staff(['children']),
      ['children'],
      undefined,
      { ok: true, from: 'children' },
    ],
    [
      'staff of a team that does not hold it',
      staff(['adults']),
      ['children'],
      undefined,
      { ok: false, reason: 'not-routed' },
    ],
    [
      'staff naming a team that is not theirs',
      staff(['adults']),
      ['children', 'adults'],
      'children',
      { ok: false, reason: 'not-routed' },
    ],
    [
      'staff in two routed teams, none named',
      staff(['children', 'lss']),
      ['children', 'lss'],
      undefined,
      { ok: false, reason: 'ambiguous' },
    ],
    [
      'staff in two routed teams, one named',
      staff(['children', 'lss']),
      ['children', 'lss'],
      'lss',
      { ok: true, from: 'lss' },
    ],
    ['staff and the central queue', staff(['children']), [], undefined, { ok: false, reason: 'not-routed' }],
    ['an admin, one routed team', admin, ['children'], undefined, { ok: true, from: 'children' }],
    ['an admin, the central queue', admin, [], undefined, { ok: true, from: null }],
    [
      'an admin, two routed teams, none named',
      admin,
      ['children', 'lss'],
      undefined,
      { ok: false, reason: 'ambiguous' },
    ],
    [
      'an admin naming a team that does not hold it',
      admin,
      ['children'],
      'lss',
      { ok: false, reason: 'not-routed' },
    ],
  ] as const)('%s', (_, actor, routedTeams, requested, expected) => {
    expect(handingTeam({ ...actor, teams: [...actor.teams] }, [...routedTeams], requested)).toEqual(expected)
  })
})
