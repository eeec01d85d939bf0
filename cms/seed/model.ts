import type { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'

import type { Audience } from '../../core/domain/audience'
import type { FormKind, ProgrammeArea, Service } from '../../core/domain/organisation'

// What seed content is, in one file of its own: the loader and each seeder share these shapes, and
// none of them needs to import another for a type.

export const SEED_LOCALES = ['sv', 'en'] as const
export type SeedLocale = (typeof SEED_LOCALES)[number]
type Localized = Record<SeedLocale, string>

export type SeedPageLocale = {
  title: string
  slug: string
  summary: string
  metaDescription: string
  markdown: string
  /** The easy-read (lättläst) version, from content/easy-read/<key>.<locale>.md when there is one. */
  easyRead?: string
}

export type SeedPage = {
  key: string
  locales: Record<SeedLocale, SeedPageLocale>
  /** Who the page speaks to (its `audience:` header), or null. */
  audience: Audience | null
  /** The key of its image in content/media.json, or none. */
  image?: string
  hash: string
}

/** An illustration: content/media/<key>.svg, uploaded as a raster image with its alt text. */
export type SeedMedia = { key: string; pages: string[]; alt: Localized }

export type SeedSettings = {
  siteName: Record<SeedLocale, string>
  tagline: Record<SeedLocale, string>
  homePage: string
  contact: { phone: string; email: string; hours: Record<SeedLocale, string> }
  footerLinks: { label: Record<SeedLocale, string>; page?: string; url?: string }[]
}

export type SeedContent = {
  pages: SeedPage[]
  media: (SeedMedia & { svg: string })[]
  settings: SeedSettings & { hash: string }
  organisation: SeedOrganisation & { hashes: Record<string, string> }
  evenings: SeedEvening[]
  campaigns: SeedCampaign[]
  stories: SeedStory[]
  /** Content hashes of evenings (`e:<key>`), campaigns (`c:<key>`) and stories (`s:<key>`). */
  hashes: Record<string, string>
}

export type SeedMunicipality = {
  key: string
  name: string
  code: string
  slug: string
  intro: Localized
  districts: { key: string; name: string }[]
  privacy: { controller: Localized; controllerEmail: string; dpoEmail: string; dpoPhone: string }
  fallbackTeam: string
  /** What residents are told (the `facts` group); text in both languages. The demo's are examples. */
  facts?: SeedMunicipalityFacts
}

type SeedContact = { phone: string; hours: Localized }
export type SeedMunicipalityFacts = {
  volunteerContact?: SeedContact
  supportContact?: SeedContact
  emergency?: SeedContact
  fees?: { text: Localized; url?: string }
  volunteerSupport?: Localized
  insurance?: { covered?: 'yes' | 'no'; text: Localized; url?: string }
}

export type SeedTeam = {
  key: string
  name: Localized
  municipalities: string[]
  districts: string[]
  programmeAreas: ProgrammeArea[]
  services: Service[]
  forms: FormKind[]
  notificationAddress: string
  publicContact: { phone: string; email: string; hours: Localized }
}

export type SeedOrganisation = { municipalities: SeedMunicipality[]; teams: SeedTeam[] }
export type OrganisationIds = { municipalities: Map<string, string>; teams: Map<string, string> }

/** Dates are relative to the day of seeding, so the demo always has upcoming evenings. */
export type SeedEvening = {
  key: string
  municipality: string
  team: string
  inDays: number
  time: string
  durationMinutes: number
  online: boolean
  place?: string
  /** For an online evening: the meeting link, e-mailed to confirmed bookers only. */
  onlineLink?: string
  accessibilityNotes?: Localized
  language: 'sv' | 'en' | 'sv-interpreted'
  capacity: number
  topic: Localized
  description: Localized
}

export type SeedCampaign = {
  key: string
  slug: string
  startsInDays: number
  endsInDays: number
  services: Service[]
  municipalities: string[]
  channels: ('social-media' | 'print' | 'screens' | 'schools' | 'events' | 'partners')[]
  showOnHome: boolean
  /** The key of an illustration in media.json, shown at the top of the campaign's page. */
  image?: string
  title: Localized
  ctaLabel: Localized
  message: Localized
}

/** A volunteer's story; the demo's are made up and marked as examples. */
export type SeedStory = {
  key: string
  service: Service
  municipality?: string
  isExample: boolean
  title: Localized
  text: Localized
}

/** Turns a page's Markdown into the rich text the CMS stores. */
export type Markdown = (markdown: string) => ReturnType<typeof convertMarkdownToLexical>
