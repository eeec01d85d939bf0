import type { FormKind, ProgrammeArea, Service } from './organisation'

/** What routing needs of a team; the CMS maps its documents to this shape. */
export type RoutingTeam = {
  id: string
  active: boolean
  municipalities: string[]
  districts: string[]
  programmeAreas: ProgrammeArea[]
  services: Service[]
  forms: FormKind[]
}

export type RoutingMunicipality = { id: string; districts: string[]; fallbackTeam: string | null }

export type Applicant = { for: 'child' | 'young-person' | 'adult'; disability: boolean }

export type RoutingInput = {
  kind: FormKind
  municipality: string
  district?: string | null
  /** What the person asks for; an application may say it is not sure. */
  services: (Service | 'not-sure')[]
  /** Applications only: whom the support is for and whether it concerns a disability. */
  applicant?: Applicant
}

/** How specific the matching rule was, most specific first. */
export const LEVELS = ['district', 'municipality', 'cooperation', 'fallback', 'central'] as const
export type Level = (typeof LEVELS)[number]

export type Match = { service: Service | 'not-sure'; level: Level; teams: string[] }

export type RoutingResult = {
  /** Each responsible team once, however many services it matched. */
  teams: string[]
  /** True when nothing matched and the submission waits in the portal-wide queue for admins. */
  central: boolean
  matches: Match[]
  /** A stored, human-readable account of the rule that matched per service. */
  explanation: string
}

const SERVICE_AREAS: Record<Service, ProgrammeArea[]> = {
  'contact-family': ['sol-children-youth'],
  'contact-person': ['sol-children-youth', 'sol-adults', 'elderly-care'],
  skkp: ['sol-children-youth'],
  'lss-short-break-family': ['lss'],
  'lss-contact-person': ['lss'],
}

/** The programme area an application belongs to follows from whom it is for and from LSS. */
export function applicationArea(applicant: Applicant): ProgrammeArea {
  if (applicant.disability) return 'lss'
  return applicant.for === 'adult' ? 'sol-adults' : 'sol-children-youth'
}

function areasFor(service: Service | 'not-sure', input: RoutingInput): ProgrammeArea[] {
  // An LSS service is LSS whoever asks; otherwise an application's area follows the applicant.
  if (service !== 'not-sure' && SERVICE_AREAS[service].includes('lss')) return ['lss']
  if (input.kind === 'application' && input.applicant) return [applicationArea(input.applicant)]
  return service === 'not-sure' ? [] : SERVICE_AREAS[service]
}

function handles(team: RoutingTeam, service: Service | 'not-sure', input: RoutingInput): boolean {
  if (!team.active || !team.forms.includes(input.kind)) return false
  if (service !== 'not-sure' && !team.services.includes(service)) return false
  return areasFor(service, input).some((area) => team.programmeAreas.includes(area))
}

function levelOf(team: RoutingTeam, input: RoutingInput): Level | null {
  if (!team.municipalities.includes(input.municipality)) return null
  if (team.districts.length)
    return input.district && team.districts.includes(input.district) ? 'district' : null
  return team.municipalities.length === 1 ? 'municipality' : 'cooperation'
}

/**
 * Routes one submission. Per service, the most specific active team that handles it wins
 * (district > municipality > cooperation > the municipality's fallback team > central queue).
 */
export function routeSubmission(
  input: RoutingInput,
  teams: RoutingTeam[],
  municipality: RoutingMunicipality | undefined,
): RoutingResult {
  const matches = input.services.map((service): Match => {
    for (const level of LEVELS.slice(0, 3)) {
      const found = teams.filter((team) => handles(team, service, input) && levelOf(team, input) === level)
      if (found.length) return { service, level, teams: found.map((team) => team.id) }
    }
    const fallback = teams.find((team) => team.id === municipality?.fallbackTeam && team.active)
    return fallback
      ? { service, level: 'fallback', teams: [fallback.id] }
      : { service, level: 'central', teams: [] }
  })
  const routed = [...new Set(matches.flatMap((match) => match.teams))]
  return {
    teams: routed,
    central: routed.length === 0,
    matches,
    explanation: explain(matches),
  }
}

/** The stored explanation: one line per service, "service: level → team, team". */
export const explain = (matches: Match[]): string =>
  matches
    .map(
      (match) =>
        `${match.service}: ${match.level}${match.teams.length ? ` → ${match.teams.join(', ')}` : ''}`,
    )
    .join('\n')

const LINE = new RegExp(`^([\\w-]+): (${LEVELS.join('|')})(?: → (.+))?$`)

/**
 * The matches back from a stored explanation, for staff to read in words; a line routing did not
 * write (a registration made by a booking says why in a sentence) comes back as it is.
 */
export const readExplanation = (text: string | null | undefined): (Match | string)[] =>
  (text ?? '')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const found = LINE.exec(line)
      if (!found) return line
      const teams = found[3] ? found[3].split(', ') : []
      return { service: found[1] as Match['service'], level: found[2] as Level, teams }
    })
