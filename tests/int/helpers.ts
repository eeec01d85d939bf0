import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Role } from '../../cms/access/roles'
import { newReference } from '../../core/domain/reference'

/**
 * Opens Payload's Local API on a throwaway SQLite database, migrated exactly as production is.
 * Each test file gets its own database (vitest isolates modules per file).
 */
export async function openTestPayload(): Promise<Payload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-int-'))
  process.env.PORTAL_DATA_DIR = dir
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-0123456789'
  process.env.PAYLOAD_JOBS_AUTORUN = '0'
  delete process.env.PORTAL_DEMO
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  return getPayload({ config, key: dir })
}

let counter = 0

/** Creates a staff user with the given roles (as the system, the way an admin would). */
export async function createStaff(payload: Payload, ...roles: Role[]) {
  counter += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `staff${counter}@example.org`,
      password: 'a-long-test-password',
      name: `Staff ${counter}`,
      roles,
    },
  })
}

/** Creates a staff user in the given teams (as the system, the way an admin would). */
export async function createTeamStaff(payload: Payload, roles: Role[], teams: string[]) {
  counter += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `team-member${counter}@example.org`,
      password: 'a-long-test-password',
      name: `Handläggare ${counter}`,
      roles,
      teams,
    },
  })
}

/** Awaits a call that must be refused by access control (403), whatever the admin language. */
export async function expectForbidden(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!error) throw new Error('expected the call to be refused, but it succeeded')
  if ((error as { status?: number }).status !== 403) throw error
}

/** Awaits a call that must fail validation; returns `{ path: message }` for each failing field. */
export async function fieldErrors(call: Promise<unknown>): Promise<Record<string, string>> {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  )
  const errors = (error as { data?: { errors?: { path: string; message: string }[] } } | null)?.data?.errors
  if (!errors) throw error ?? new Error('expected a validation error, but the call succeeded')
  return Object.fromEntries(errors.map((entry) => [entry.path, entry.message]))
}

/** A real 1×1 PNG, so uploads pass Payload's file checks and only the field under test can fail. */
export async function tinyPng() {
  const { default: sharp } = await import('sharp')
  const data = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: 'pixel.png', size: data.length }
}

/** Creates a municipality as the system; returns its id. Codes must differ within one database. */
export async function createMunicipality(payload: Payload, name: string, code: string) {
  const doc = await payload.create({
    collection: 'municipalities',
    data: { name, code, slug: name.toLowerCase() },
  })
  return String(doc.id)
}

/** Creates a team working in the given municipalities; returns its id. */
export async function createTeam(
  payload: Payload,
  name: string,
  municipalities: string[],
  extra: Partial<RequiredDataFromCollectionSlug<'teams'>> = {},
) {
  const doc = await payload.create({ collection: 'teams', data: { name, municipalities, ...extra } })
  return String(doc.id)
}

/**
 * Creates Testby and its team, which takes both forms and is told of each new submission at
 * team@testby.example.org; returns both ids.
 */
export async function createNotifiedTeam(payload: Payload) {
  const municipality = await createMunicipality(payload, 'Testby', '9998')
  const team = await createTeam(payload, 'Testby rekrytering', [municipality], {
    forms: ['interest', 'application'],
    notificationAddress: 'team@testby.example.org',
  })
  return { municipality, team }
}

/**
 * Creates `town` with its recruiting team and another team there, both taking interest
 * registrations; returns the three ids.
 */
export async function createTownWithTwoTeams(payload: Payload, town: string, code: string) {
  const municipality = await createMunicipality(payload, town, code)
  const forms = ['interest' as const]
  const team = await createTeam(payload, `${town} rekrytering`, [municipality], { forms })
  const other = await createTeam(payload, 'Annat team', [municipality], { forms })
  return { municipality, team, other }
}

/** A new interest registration in a town of `createTownWithTwoTeams`, routed to both its teams, as stored. */
export const interestRegistrationData = (town: Record<'municipality' | 'team' | 'other', string>) => ({
  reference: newReference(),
  idempotencyKey: `key-${Math.random()}`,
  status: 'new',
  municipality: town.municipality,
  district: 'norr',
  locale: 'en',
  consentAt: '2026-12-06T10:00:00.000Z',
  routedTeams: [town.team, town.other],
  central: false,
  routingExplanation: 'team',
  services: ['contact-family', 'lss-short-break-family'],
  name: 'Anna Andersson',
  email: 'anna@example.org',
  phone: '070-123 45 67',
  adults: 2,
})

/** An evening a week ahead, open and published; `extra` overrides any field. */
export const eveningData = (
  municipality: string,
  organizingTeam: string,
  extra: Record<string, unknown> = {},
) =>
  ({
    topic: `Kväll ${Math.random()}`,
    municipality,
    organizingTeam,
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    durationMinutes: 90,
    place: 'Stadshuset',
    capacity: 20,
    language: 'sv',
    status: 'open',
    _status: 'published',
    ...extra,
  }) as never

/** Creates an evening as the system (see `eveningData`); returns its id. */
export async function createEvening(
  payload: Payload,
  municipality: string,
  organizingTeam: string,
  extra: Record<string, unknown> = {},
) {
  const doc = await payload.create({
    collection: 'info-evenings',
    data: eveningData(municipality, organizingTeam, extra),
  })
  return String(doc.id)
}

/**
 * A creator of one kind of submission as its form endpoint would store it: a new reference, status
 * new, consent given now, then the kind's own fields; `extra` overrides any field. Returns its id.
 */
const submissionCreator =
  (
    collection: 'interest-registrations' | 'applications',
    fields: (routedTeams: string[]) => Record<string, unknown>,
  ) =>
  async (
    payload: Payload,
    municipality: string,
    routedTeams: string[],
    extra: Record<string, unknown> = {},
  ) => {
    const doc = await payload.create({
      collection,
      data: {
        reference: newReference(),
        status: 'new',
        municipality,
        consentAt: new Date().toISOString(),
        routedTeams,
        ...fields(routedTeams),
        ...extra,
      } as never,
    })
    return String(doc.id)
  }

/** Creates an interest registration (see `submissionCreator`). */
export const createRegistration = submissionCreator('interest-registrations', (routedTeams) => ({
  services: ['contact-family'],
  name: 'Anna Andersson',
  email: 'anna.andersson@example.org',
  phone: '070-123 45 67',
  central: routedTeams.length === 0,
}))

/** Creates an application for support (see `submissionCreator`). */
export const createApplication = submissionCreator('applications', () => ({
  applicant: 'self',
  service: 'contact-person',
  name: 'Bo Berg',
  phone: '08-123 456',
  callTime: 'any',
}))
