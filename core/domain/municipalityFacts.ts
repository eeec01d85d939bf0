import type { FormKind, ProgrammeArea } from './organisation'

// What a municipality tells residents about itself: who to call, its fees, support and insurance.
// These rules are shared by the CMS (validation) and the site (links and contact lists).

/** Whether the municipality insures volunteers during an assignment; blank means it has not said. */
export const INSURANCE_COVER = ['yes', 'no'] as const
export type InsuranceCover = (typeof INSURANCE_COVER)[number]

/** A phone number as the CMS accepts it: digits, spaces, dashes, brackets, a leading plus. */
export const isPhoneNumber = (value: string): boolean =>
  /^\+?[\d\s\-()]{3,20}$/.test(value) && value.replace(/\D/g, '').length >= 3

/** The `tel:` address of a phone number as written ("08-000 10 00" → "tel:080001000"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

/** A link to the municipality's own page: only an absolute http(s) address with a host opens safely. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** A team as the municipality page lists it: where it works, for whom, and its public contact. */
export type PublicTeam = {
  districts: string[]
  programmeAreas: ProgrammeArea[]
  forms: FormKind[]
  phone: string
  email: string
  hours: string
}

/**
 * The teams a resident contacts for one form, in words rather than team names: each with the
 * places it covers (its districts' names, or the municipality's) and the groups it serves. Teams
 * with no public phone or e-mail are left out; the order is by place, then by group.
 */
export function contactsFor<T extends PublicTeam>(
  teams: T[],
  form: FormKind,
  placeNames: { municipality: string; districts: Record<string, string> },
): (T & { place: string })[] {
  const areaOrder: ProgrammeArea[] = ['sol-children-youth', 'sol-adults', 'lss', 'elderly-care']
  const firstArea = (team: T) => Math.min(...team.programmeAreas.map((area) => areaOrder.indexOf(area)))
  return teams
    .filter((team) => team.forms.includes(form) && (team.phone || team.email))
    .map((team) => ({
      ...team,
      place: team.districts.length
        ? team.districts.map((key) => placeNames.districts[key] ?? key).join(', ')
        : placeNames.municipality,
    }))
    .sort((a, b) => a.place.localeCompare(b.place, 'sv') || firstArea(a) - firstArea(b))
}

/** The sections of a municipality page, by what a resident came for; their ids are the links' anchors. */
export const FACTS_SECTIONS = { volunteers: 'volunteer', families: 'support' } as const

/**
 * Which section of each municipality's page a site page points to for what varies between
 * municipalities: a volunteer page to fees, support and insurance, a family page to whom to call.
 * A page for both, or for nobody in particular, points nowhere.
 */
export const factsSectionFor = (audience: 'volunteers' | 'families' | 'both' | null) =>
  audience === 'volunteers' || audience === 'families' ? FACTS_SECTIONS[audience] : null
