import { describe, expect, it } from 'vitest'

import type { ProgrammeArea, Service } from '../../../../core/domain/organisation'
import {
  type RoutingInput,
  type RoutingMunicipality,
  type RoutingTeam,
  routeSubmission,
} from '../../../../core/domain/routing'

const ALL: Service[] = [
  'contact-family',
  'contact-person',
  'skkp',
  'lss-short-break-family',
  'lss-contact-person',
]
const team = (
  id: string,
  municipalities: string[],
  areas: ProgrammeArea[],
  services: Service[],
  extra: Partial<RoutingTeam> = {},
): RoutingTeam => ({
  id,
  active: true,
  municipalities,
  districts: [],
  programmeAreas: areas,
  services,
  forms: ['interest', 'application'],
  ...extra,
})

// The demo organisation in miniature: Stockholm by district, two municipalities recruiting together,
// one single unit.
const teams: RoutingTeam[] = [
  team('sthlm-central', ['sthlm'], ['sol-children-youth', 'sol-adults', 'lss'], ALL, { forms: ['interest'] }),
  team(
    'sodermalm-sol-barn',
    ['sthlm'],
    ['sol-children-youth'],
    ['contact-family', 'contact-person', 'skkp'],
    { districts: ['sodermalm'] },
  ),
  team('sodermalm-sol-vuxna', ['sthlm'], ['sol-adults'], ['contact-person'], { districts: ['sodermalm'] }),
  team('sodermalm-lss', ['sthlm'], ['lss'], ['lss-short-break-family', 'lss-contact-person'], {
    districts: ['sodermalm'],
  }),
  team('kista-sol-barn', ['sthlm'], ['sol-children-youth'], ['contact-family', 'contact-person', 'skkp'], {
    districts: ['kista'],
    active: false,
  }),
  team('roslagen', ['vaxholm', 'osteraker'], ['sol-children-youth', 'sol-adults', 'lss'], ALL, {
    forms: ['interest'],
  }),
  team('vaxholm-intake', ['vaxholm'], ['sol-children-youth', 'sol-adults', 'lss'], ALL, {
    forms: ['application'],
  }),
  team('nykvarn', ['nykvarn'], ['sol-children-youth', 'sol-adults', 'lss', 'elderly-care'], ALL),
]
const municipalities: Record<string, RoutingMunicipality> = {
  sthlm: { id: 'sthlm', districts: ['sodermalm', 'kista'], fallbackTeam: 'sthlm-central' },
  vaxholm: { id: 'vaxholm', districts: [], fallbackTeam: 'vaxholm-intake' },
  osteraker: { id: 'osteraker', districts: [], fallbackTeam: null },
  nykvarn: { id: 'nykvarn', districts: [], fallbackTeam: 'nykvarn' },
  orphan: { id: 'orphan', districts: [], fallbackTeam: null },
}
const route = (input: RoutingInput) => routeSubmission(input, teams, municipalities[input.municipality])

describe('routeSubmission', () => {
  it.each<[string, RoutingInput, string[], string]>([
    [
      'district team wins for its district',
      { kind: 'interest', municipality: 'sthlm', district: 'sodermalm', services: ['contact-family'] },
      ['sodermalm-sol-barn'],
      'district',
    ],
    [
      'municipality team without a district',
      { kind: 'interest', municipality: 'sthlm', services: ['contact-family'] },
      ['sthlm-central'],
      'municipality',
    ],
    [
      'inactive district team is skipped',
      { kind: 'interest', municipality: 'sthlm', district: 'kista', services: ['contact-family'] },
      ['sthlm-central'],
      'municipality',
    ],
    [
      'cooperating municipalities share a recruitment team',
      { kind: 'interest', municipality: 'osteraker', services: ['contact-person'] },
      ['roslagen'],
      'cooperation',
    ],
    [
      'an application goes to the municipality intake, not the joint recruiters',
      {
        kind: 'application',
        municipality: 'vaxholm',
        services: ['contact-family'],
        applicant: { for: 'child', disability: false },
      },
      ['vaxholm-intake'],
      'municipality',
    ],
    [
      'fallback team when no team takes the form',
      {
        kind: 'application',
        municipality: 'sthlm',
        district: 'kista',
        services: ['contact-family'],
        applicant: { for: 'child', disability: false },
      },
      ['sthlm-central'],
      'fallback',
    ],
    [
      'central queue when nothing and no fallback',
      {
        kind: 'application',
        municipality: 'osteraker',
        services: ['contact-person'],
        applicant: { for: 'adult', disability: false },
      },
      [],
      'central',
    ],
    [
      'unknown municipality lands in the central queue',
      { kind: 'interest', municipality: 'orphan', services: ['contact-family'] },
      [],
      'central',
    ],
    [
      'single unit takes everything',
      {
        kind: 'application',
        municipality: 'nykvarn',
        services: ['not-sure'],
        applicant: { for: 'adult', disability: true },
      },
      ['nykvarn'],
      'municipality',
    ],
  ])('%s', (_, input, expectedTeams, level) => {
    const result = route(input)
    expect(result.teams).toEqual(expectedTeams)
    expect(result.matches[0].level).toBe(level)
    expect(result.central).toBe(expectedTeams.length === 0)
  })

  it('sends an interest in SoL and LSS services to each responsible team, once', () => {
    const result = route({
      kind: 'interest',
      municipality: 'sthlm',
      district: 'sodermalm',
      services: ['contact-family', 'skkp', 'lss-short-break-family'],
    })
    expect(result.teams).toEqual(['sodermalm-sol-barn', 'sodermalm-lss'])
    expect(result.explanation).toBe(
      'contact-family: district → sodermalm-sol-barn\nskkp: district → sodermalm-sol-barn\nlss-short-break-family: district → sodermalm-lss',
    )
  })

  it.each<[string, RoutingInput['applicant'], string]>([
    ['a child', { for: 'child', disability: false }, 'sodermalm-sol-barn'],
    ['a young person', { for: 'young-person', disability: false }, 'sodermalm-sol-barn'],
    ['an adult', { for: 'adult', disability: false }, 'sodermalm-sol-vuxna'],
    ['a child with a disability (LSS)', { for: 'child', disability: true }, 'sodermalm-lss'],
  ])('routes an application for %s by programme area', (_, applicant, expected) => {
    expect(
      route({
        kind: 'application',
        municipality: 'sthlm',
        district: 'sodermalm',
        services: ['not-sure'],
        applicant,
      }).teams,
    ).toEqual([expected])
  })

  it('treats an LSS service as LSS even when the applicant did not tick disability', () => {
    const result = route({
      kind: 'application',
      municipality: 'sthlm',
      district: 'sodermalm',
      services: ['lss-contact-person'],
      applicant: { for: 'adult', disability: false },
    })
    expect(result.teams).toEqual(['sodermalm-lss'])
  })
})
