import { describe, expect, it } from 'vitest'

import type { ProgrammeArea, Service } from '../../../../core/domain/organisation'
import {
  type Applicant,
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

/** Where a form says the person lives: 'municipality' or 'municipality/district'. */
const at = (place: string) => {
  const [municipality, district] = place.split('/')
  return district ? { municipality, district } : { municipality }
}
/** What the interest form sends the router. */
const interest = (place: string, services: RoutingInput['services']): RoutingInput => ({
  kind: 'interest',
  ...at(place),
  services,
})
/** What the application form sends the router: also whom the support is for. */
const application = (
  place: string,
  services: RoutingInput['services'],
  forWhom: Applicant['for'],
  disability = false,
): RoutingInput => ({ kind: 'application', ...at(place), services, applicant: { for: forWhom, disability } })

describe('routeSubmission', () => {
  it.each<[string, RoutingInput, string[], string]>([
    [
      'district team wins for its district',
      interest('sthlm/sodermalm', ['contact-family']),
      ['sodermalm-sol-barn'],
      'district',
    ],
    [
      'municipality team without a district',
      interest('sthlm', ['contact-family']),
      ['sthlm-central'],
      'municipality',
    ],
    [
      'inactive district team is skipped',
      interest('sthlm/kista', ['contact-family']),
      ['sthlm-central'],
      'municipality',
    ],
    [
      'cooperating municipalities share a recruitment team',
      interest('osteraker', ['contact-person']),
      ['roslagen'],
      'cooperation',
    ],
    [
      'an application goes to the municipality intake, not the joint recruiters',
      application('vaxholm', ['contact-family'], 'child'),
      ['vaxholm-intake'],
      'municipality',
    ],
    [
      'fallback team when no team takes the form',
      application('sthlm/kista', ['contact-family'], 'child'),
      ['sthlm-central'],
      'fallback',
    ],
    [
      'central queue when nothing and no fallback',
      application('osteraker', ['contact-person'], 'adult'),
      [],
      'central',
    ],
    [
      'unknown municipality lands in the central queue',
      interest('orphan', ['contact-family']),
      [],
      'central',
    ],
    [
      'single unit takes everything',
      application('nykvarn', ['not-sure'], 'adult', true),
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
    const result = route(interest('sthlm/sodermalm', ['contact-family', 'skkp', 'lss-short-break-family']))
    expect(result.teams).toEqual(['sodermalm-sol-barn', 'sodermalm-lss'])
    expect(result.explanation).toBe(
      'contact-family: district → sodermalm-sol-barn\nskkp: district → sodermalm-sol-barn\nlss-short-break-family: district → sodermalm-lss',
    )
  })

  it.each<[string, Applicant, string]>([
    ['a child', { for: 'child', disability: false }, 'sodermalm-sol-barn'],
    ['a young person', { for: 'young-person', disability: false }, 'sodermalm-sol-barn'],
    ['an adult', { for: 'adult', disability: false }, 'sodermalm-sol-vuxna'],
    ['a child with a disability (LSS)', { for: 'child', disability: true }, 'sodermalm-lss'],
  ])('routes an application for %s by programme area', (_, applicant, expected) => {
    expect(
      route(application('sthlm/sodermalm', ['not-sure'], applicant.for, applicant.disability)).teams,
    ).toEqual([expected])
  })

  it('treats an LSS service as LSS even when the applicant did not tick disability', () => {
    const result = route(application('sthlm/sodermalm', ['lss-contact-person'], 'adult'))
    expect(result.teams).toEqual(['sodermalm-lss'])
  })
})
