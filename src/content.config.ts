import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { cmsLoader } from './data/loaders'
import { AUDIENCE_KEYS } from '../core/domain/audience'
import { INSURANCE_COVER } from '../core/domain/municipalityFacts'
import {
  FORM_KINDS,
  type FormKind,
  PROGRAMME_AREAS,
  type ProgrammeArea,
  SERVICE_KEYS,
} from '../core/domain/organisation'

const locale = z.enum(['sv', 'en'])

const pages = defineCollection({
  loader: cmsLoader('pages'),
  schema: z.object({
    /** The CMS document id; the same for both languages of a page. */
    docId: z.string(),
    locale,
    /** Where the page is served, with a trailing slash. */
    path: z.string().startsWith('/'),
    /** The page chosen as home page in site settings, served at the language root. */
    isHome: z.boolean(),
    title: z.string().min(1),
    summary: z.string(),
    /** Meta description; falls back to the summary. */
    description: z.string(),
    /** Rich text rendered to HTML by Payload's Lexical converter at build time. */
    html: z.string(),
    /** The easy-read version as HTML; empty when the page has none in this language. */
    easyReadHtml: z.string(),
    /** Who the page speaks to; decides the call to action it ends with. */
    audience: z.enum(AUDIENCE_KEYS).nullable(),
    /** Its illustration: served by the CMS, shown through astro:assets with its alt text and size. */
    image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
    updatedAt: z.string(),
    /** The page's path in each language it is published in, for the language switch and hreflang. */
    alternates: z.object({ sv: z.string().optional(), en: z.string().optional() }),
  }),
})

const settings = defineCollection({
  loader: cmsLoader('settings'),
  schema: z.object({
    locale,
    siteName: z.string(),
    tagline: z.string(),
    contact: z.object({ phone: z.string(), email: z.string(), hours: z.string() }),
    /** Footer links already resolved to paths in the same language. */
    footerLinks: z.array(z.object({ label: z.string(), href: z.string() })),
  }),
})

const alternates = z.object({ sv: z.string(), en: z.string() })

/** What every CMS document with its own page on the site carries: its language, id, address and its other-language twin. */
const routed = {
  locale,
  docId: z.string(),
  slug: z.string(),
  path: z.string(),
  alternates,
}

const contact = z.object({ phone: z.string(), hours: z.string() })

const municipalities = defineCollection({
  loader: cmsLoader('municipalities'),
  schema: z.object({
    ...routed,
    name: z.string(),
    intro: z.string(),
    /** District administrations, for the forms' district choice. */
    districts: z.array(z.object({ key: z.string(), name: z.string() })),
    /** The controller and data protection officer, and the retention schedule, for the privacy notice. */
    privacy: z.object({
      controller: z.string(),
      controllerEmail: z.string(),
      dpoEmail: z.string(),
      dpoPhone: z.string(),
    }),
    retention: z.object({
      applicationDaysAfterClose: z.number(),
      applicationEscalateAfterDays: z.number(),
      interestDaysAfterEnd: z.number(),
      interestInactiveMonths: z.number(),
      bookingDaysAfterEvening: z.number(),
      outboxDays: z.number(),
    }),
    /** What residents are told: who to call, fees, support, insurance ('' where not given). */
    facts: z.object({
      volunteerContact: contact,
      supportContact: contact,
      emergency: contact,
      fees: z.object({ text: z.string(), url: z.string() }),
      volunteerSupport: z.string(),
      insurance: z.object({ covered: z.enum(INSURANCE_COVER).nullable(), text: z.string(), url: z.string() }),
    }),
    /** Active teams covering the municipality, with their public contact routes only. */
    teams: z.array(
      z.object({
        name: z.string(),
        services: z.array(z.string()),
        /** District keys (none: the whole municipality), the groups it serves and the forms it takes. */
        districts: z.array(z.string()),
        programmeAreas: z.array(z.enum(Object.keys(PROGRAMME_AREAS) as [ProgrammeArea, ...ProgrammeArea[]])),
        forms: z.array(z.enum(Object.keys(FORM_KINDS) as [FormKind, ...FormKind[]])),
        phone: z.string(),
        email: z.string(),
        hours: z.string(),
      }),
    ),
  }),
})

const evenings = defineCollection({
  loader: cmsLoader('evenings'),
  schema: z.object({
    ...routed,
    topic: z.string(),
    description: z.string(),
    /** ISO instant; shown in Europe/Stockholm time. */
    startsAt: z.string(),
    durationMinutes: z.number(),
    online: z.boolean(),
    place: z.string(),
    accessibilityNotes: z.string(),
    language: z.string(),
    capacity: z.number(),
    status: z.string(),
    /** Seats left when the site was built; the page's island shows the live count. */
    seatsLeft: z.number().nullable(),
    /** Open for bookings (or the waitlist) when the site was built. */
    bookable: z.boolean(),
    municipality: z.object({ name: z.string(), slug: z.string(), path: z.string() }).nullable(),
  }),
})

const campaigns = defineCollection({
  loader: cmsLoader('campaigns'),
  schema: z.object({
    ...routed,
    title: z.string(),
    /** The message rendered to HTML at build time. */
    html: z.string(),
    ctaLabel: z.string(),
    showOnHome: z.boolean(),
    municipalitySlugs: z.array(z.string()),
    heroImage: z
      .object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() })
      .nullable(),
  }),
})

/** Volunteers' stories, shown on the pages for volunteers. */
const stories = defineCollection({
  loader: cmsLoader('stories'),
  schema: z.object({
    locale,
    title: z.string(),
    text: z.string(),
    service: z.enum(SERVICE_KEYS),
    /** The municipality's name, when the story names one. */
    municipality: z.string().nullable(),
    /** A made-up story: the site says so beside it. */
    isExample: z.boolean(),
    image: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
  }),
})

export const collections = { pages, settings, municipalities, evenings, campaigns, stories }
