import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { isRunning } from '../../core/domain/campaignWindow'
import { type RetentionSchedule, scheduleFor } from '../../core/domain/retention'
import { INSURANCE_COVER } from '../../core/domain/municipalityFacts'
import {
  FORM_KINDS,
  type FormKind,
  PROGRAMME_AREAS,
  type ProgrammeArea,
} from '../../core/domain/organisation'
import { type Locale, everyLocale, pathFor } from '../../core/i18n/locales'
import { type CmsMedia, imageOf } from './pages'
import { richTextToHtml } from './richText'

type Ref = string | null | undefined

export type CmsMunicipality = {
  id: string
  name: string
  slug: string
  intro?: string | null
  districts?: { key: string; name: string }[] | null
  /** Who answers for its personal data, for the privacy notice. */
  privacy?: {
    controller?: string | null
    controllerEmail?: string | null
    dpoEmail?: string | null
    dpoPhone?: string | null
  } | null
  retention?: Partial<Record<keyof RetentionSchedule, number | null>> | null
  facts?: CmsMunicipalityFacts | null
}
type Maybe<T> = T | null | undefined
type CmsContact = Maybe<{ phone?: Maybe<string>; hours?: Maybe<string> }>
type CmsTextAndLink = Maybe<{ text?: Maybe<string>; url?: Maybe<string> }>
export type CmsMunicipalityFacts = {
  volunteerContact?: CmsContact
  supportContact?: CmsContact
  emergency?: CmsContact
  fees?: CmsTextAndLink
  volunteerSupport?: Maybe<string>
  insurance?: Maybe<{ covered?: Maybe<string>; text?: Maybe<string>; url?: Maybe<string> }>
}
export type CmsTeam = {
  id: string
  name?: string | null
  municipalities: string[]
  districts?: string[] | null
  programmeAreas?: string[] | null
  forms?: string[] | null
  services?: string[] | null
  publicContact?: { phone?: string | null; email?: string | null; hours?: string | null } | null
}
export type CmsEvening = {
  id: string
  slug: string
  topic?: string | null
  description?: string | null
  municipality: Ref
  organizingTeam: Ref
  startsAt: string
  durationMinutes: number
  online?: boolean | null
  place?: string | null
  accessibilityNotes?: string | null
  language: string
  capacity: number
  status: string
  /** Seats as of the build (absent from a CMS without bookings, such as the benchmark's fake). */
  availability?: { seatsLeft: number; waitlist: number; bookable: boolean } | null
}
export type CmsCampaign = {
  id: string
  slug: string
  title?: string | null
  message?: SerializedEditorState | null
  ctaLabel?: string | null
  startsAt: string
  endsAt: string
  showOnHome?: boolean | null
  municipalities?: string[] | null
  /** The image's id; its alt text is read from Media in the page's language only. */
  heroImage?: string | null
}

/** The entry's page in every language: its twin shares the slug. */
const alternatesOf = (section: 'municipality' | 'evening' | 'campaign', slug: string) =>
  everyLocale((locale) => pathFor(locale, slug, section))

export function toMunicipalities(locale: Locale, municipalities: CmsMunicipality[], teams: CmsTeam[]) {
  return municipalities.map((municipality) => ({
    id: `${locale}/${municipality.slug}`,
    locale,
    docId: municipality.id,
    slug: municipality.slug,
    name: municipality.name,
    intro: municipality.intro ?? '',
    districts: (municipality.districts ?? []).map(({ key, name }) => ({ key, name })),
    privacy: {
      controller: municipality.privacy?.controller ?? '',
      controllerEmail: municipality.privacy?.controllerEmail ?? '',
      dpoEmail: municipality.privacy?.dpoEmail ?? '',
      dpoPhone: municipality.privacy?.dpoPhone ?? '',
    },
    // Blanks take the defaults of the build's environment, which the demo shares with the CMS.
    retention: scheduleFor(municipality.retention),
    path: pathFor(locale, municipality.slug, 'municipality'),
    alternates: alternatesOf('municipality', municipality.slug),
    facts: toFacts(municipality.facts ?? {}),
    teams: teams
      .filter((team) => team.municipalities.includes(municipality.id) && team.name)
      .map((team) => ({
        name: team.name as string,
        services: team.services ?? [],
        districts: team.districts ?? [],
        programmeAreas: (team.programmeAreas ?? []).filter(isProgrammeArea),
        forms: (team.forms ?? []).filter(isFormKind),
        phone: team.publicContact?.phone ?? '',
        email: team.publicContact?.email ?? '',
        hours: team.publicContact?.hours ?? '',
      })),
  }))
}

const contactOf = (contact: CmsContact) => ({ phone: contact?.phone ?? '', hours: contact?.hours ?? '' })
const isProgrammeArea = (key: string): key is ProgrammeArea => key in PROGRAMME_AREAS
const isFormKind = (key: string): key is FormKind => key in FORM_KINDS

/** A municipality's facts for residents, every blank as '' (the page says when one is missing). */
function toFacts(facts: CmsMunicipalityFacts) {
  const covered = facts.insurance?.covered
  return {
    volunteerContact: contactOf(facts.volunteerContact),
    supportContact: contactOf(facts.supportContact),
    emergency: contactOf(facts.emergency),
    fees: { text: facts.fees?.text ?? '', url: facts.fees?.url ?? '' },
    volunteerSupport: facts.volunteerSupport ?? '',
    insurance: {
      covered: INSURANCE_COVER.find((value) => value === covered) ?? null,
      text: facts.insurance?.text ?? '',
      url: facts.insurance?.url ?? '',
    },
  }
}

/** Upcoming evenings, soonest first; only those translated into the locale. */
export function toEvenings(
  locale: Locale,
  evenings: CmsEvening[],
  municipalities: CmsMunicipality[],
  now: Date,
) {
  return evenings
    .filter((evening) => evening.topic && new Date(evening.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((evening) => {
      const municipality = municipalities.find((candidate) => candidate.id === evening.municipality)
      return {
        id: `${locale}/${evening.slug}`,
        locale,
        docId: evening.id,
        slug: evening.slug,
        path: pathFor(locale, evening.slug, 'evening'),
        alternates: alternatesOf('evening', evening.slug),
        topic: evening.topic as string,
        description: evening.description ?? '',
        startsAt: evening.startsAt,
        durationMinutes: evening.durationMinutes,
        online: Boolean(evening.online),
        place: evening.place ?? '',
        accessibilityNotes: evening.accessibilityNotes ?? '',
        language: evening.language,
        capacity: evening.capacity,
        status: evening.status,
        seatsLeft: evening.availability?.seatsLeft ?? null,
        bookable: Boolean(evening.availability?.bookable) && evening.status === 'open',
        municipality: municipality
          ? {
              name: municipality.name,
              slug: municipality.slug,
              path: pathFor(locale, municipality.slug, 'municipality'),
            }
          : null,
      }
    })
}

/** Campaigns inside their window at build time; the CMS rebuilds the site when a window opens or closes. */
export function toCampaigns(
  locale: Locale,
  campaigns: CmsCampaign[],
  municipalities: CmsMunicipality[],
  media: CmsMedia[],
  now: Date,
) {
  return campaigns
    .filter((campaign) => campaign.title && isRunning(campaign, now))
    .map((campaign) => ({
      id: `${locale}/${campaign.slug}`,
      locale,
      docId: campaign.id,
      slug: campaign.slug,
      path: pathFor(locale, campaign.slug, 'campaign'),
      alternates: alternatesOf('campaign', campaign.slug),
      title: campaign.title as string,
      html: richTextToHtml(campaign.message),
      ctaLabel: campaign.ctaLabel ?? '',
      showOnHome: Boolean(campaign.showOnHome),
      municipalitySlugs: (campaign.municipalities ?? []).flatMap(
        (id) => municipalities.find((m) => m.id === id)?.slug ?? [],
      ),
      heroImage: imageOf(media.find((image) => image.id === campaign.heroImage)),
    }))
}

export type SiteMunicipality = ReturnType<typeof toMunicipalities>[number]
export type SiteEvening = ReturnType<typeof toEvenings>[number]
export type SiteCampaign = ReturnType<typeof toCampaigns>[number]
