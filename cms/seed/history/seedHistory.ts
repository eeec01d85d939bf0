import type { Payload } from 'payload'

import type { FormKind } from '../../../core/domain/organisation'
import { WORKED_BY } from '../../access/roles'
import { idOf } from '../../collections/relations'
import { seedContext as context } from '../upsert'
import { type Organiser, planEvenings } from './evenings'
import { type HistorySize, generateHistory } from './generate'
import type { HistoryWorld } from './model'
import { writeEvenings, writeHistory } from './sqlite'
import { DAY_MS } from './time'
import { routingTeam } from '../../collections/Teams/routing'

/** The demo's year: a few thousand registrations, and what intake still keeps of applications. */
export const DEMO_HISTORY_SIZE: HistorySize = { seed: 2026, registrations: 3000, applications: 600 }

/** Which demo teams held evenings over the year: every so many days, for so many people. */
const DEMO_ORGANISERS: Record<string, { everyDays: number; capacity: number }> = {
  'stockholm-central': { everyDays: 28, capacity: 40 },
  'roslagen-rekrytering': { everyDays: 42, capacity: 25 },
  'nykvarn-enheten': { everyDays: 91, capacity: 20 },
  'sodermalm-barn-unga': { everyDays: 91, capacity: 25 },
  'rinkeby-kista-barn-unga': { everyDays: 91, capacity: 25 },
  'hasselby-vallingby-barn-unga': { everyDays: 91, capacity: 25 },
}
/** Relative number of registrations per municipality (by slug). */
const SHARES: Record<string, number> = { stockholm: 66, osteraker: 13, vaxholm: 8, nykvarn: 13 }

/** Two campaigns that ran earlier in the year, besides the seeded one running now. */
const PAST_CAMPAIGNS = [
  {
    key: 'history-var',
    slug: 'bli-kontaktperson-i-var',
    title: 'Bli kontaktperson i vår',
    fromDays: -300,
    toDays: -250,
    services: ['contact-person'],
    channels: ['social-media', 'print'],
  },
  {
    key: 'history-host',
    slug: 'en-helg-i-manaden-hosten',
    title: 'En helg i månaden – hösten',
    fromDays: -120,
    toDays: -80,
    services: ['contact-family', 'lss-short-break-family'],
    channels: ['social-media', 'screens', 'schools'],
  },
] as const

export type HistoryReport = {
  registrations: number
  applications: number
  bookings: number
  evenings: number
}
export type HistoryOptions = {
  now?: Date
  size?: HistorySize
  /** Who holds evenings; the demo's teams by default. */
  organisers?: (teams: HistoryWorld['teams']) => Omit<Organiser, 'municipality'>[]
  /** At most this many evenings, the latest kept. */
  eveningLimit?: number
  /** Writes the evenings in bulk, without versions (not listed in the admin): for the benchmark's thousands. */
  bulkEvenings?: boolean
}

const demoOrganisers = (teams: HistoryWorld['teams']) =>
  teams.flatMap((team) =>
    DEMO_ORGANISERS[team.key] ? [{ team: team.id, key: team.key, ...DEMO_ORGANISERS[team.key] }] : [],
  )

/**
 * Gives the demo a year of history (`generateHistory`), once: nothing happens when it is already
 * there. Past evenings and campaigns go through the Local API (so they have their versions and
 * seat ledgers); the registrations, applications and bookings in bulk (see `writeHistory`).
 * Only on SQLite, the demo's database; returns null when it did nothing.
 */
export async function seedHistory(
  payload: Payload,
  options: HistoryOptions = {},
): Promise<HistoryReport | null> {
  if (payload.db.name !== 'sqlite') return null
  const { totalDocs } = await payload.count({
    collection: 'interest-registrations',
    where: { idempotencyKey: { like: 'demo-history:' } },
  })
  if (totalDocs > 0) return null
  const now = options.now ?? new Date()
  const world = await worldOf(payload, now)
  if (!world) return null
  const organisers = (options.organisers ?? demoOrganisers)(world.teams).map((organiser) => ({
    ...organiser,
    municipality: world.teams.find((team) => team.id === organiser.team)?.municipalities[0] as string,
  }))
  const plans = planEvenings(now, organisers).slice(-(options.eveningLimit ?? Infinity))
  world.evenings = options.bulkEvenings
    ? await writeEvenings(payload, plans)
    : await ensureEvenings(payload, plans)
  world.campaigns = await ensureCampaigns(payload, world, now)
  const history = generateHistory(world, options.size ?? DEMO_HISTORY_SIZE)
  await writeHistory(payload, history)
  return {
    registrations: history.registrations.length,
    applications: history.applications.length,
    bookings: history.bookings.length,
    evenings: world.evenings.length,
  }
}

/** The seeded organisation and demo accounts as the generator sees them; null without an admin. */
async function worldOf(payload: Payload, now: Date): Promise<HistoryWorld | null> {
  const all = { depth: 0, pagination: false, locale: 'sv' } as const
  const [teams, municipalities, users] = await Promise.all([
    payload.find({ collection: 'teams', ...all }),
    payload.find({ collection: 'municipalities', ...all }),
    payload.find({ collection: 'users', ...all, sort: 'createdAt' }),
  ])
  const admin = users.docs.find((user) => user.roles?.includes('admin'))
  if (!admin) return null
  const memberOf = (team: string, kind: FormKind) =>
    users.docs.find(
      (user) => user.roles?.includes(WORKED_BY[kind]) && (user.teams ?? []).map(idOf).includes(team),
    )?.id ?? null
  return {
    now,
    admin: String(admin.id),
    teams: teams.docs.map((team) => ({
      ...routingTeam(team),
      key: team.seed?.key ?? String(team.id),
      members: {
        interest: memberOf(String(team.id), 'interest'),
        application: memberOf(String(team.id), 'application'),
      },
    })),
    municipalities: municipalities.docs.map((municipality) => ({
      id: String(municipality.id),
      key: municipality.slug,
      districts: (municipality.districts ?? []).map((district) => district.key),
      fallbackTeam: municipality.fallbackTeam ? idOf(municipality.fallbackTeam) : null,
      share: SHARES[municipality.slug] ?? 5,
    })),
    campaigns: [],
    evenings: [],
  }
}

/** Creates the planned evenings that are not there yet (published, in Swedish); returns all of them. */
async function ensureEvenings(payload: Payload, plans: ReturnType<typeof planEvenings>) {
  const { docs } = await payload.find({
    collection: 'info-evenings',
    where: { 'seed.key': { like: 'history-' } },
    depth: 0,
    pagination: false,
    select: { seed: true },
  })
  const existing = new Map(docs.map((doc) => [doc.seed?.key, String(doc.id)]))
  const evenings: HistoryWorld['evenings'] = []
  for (const plan of plans) {
    let id = existing.get(plan.key)
    if (!id) {
      const created = await payload.create({
        collection: 'info-evenings',
        locale: 'sv',
        context,
        depth: 0,
        data: {
          topic: 'Informationskväll: bli kontaktfamilj eller kontaktperson',
          description:
            'Vi berättar hur uppdragen går till och vad du får. Du träffar någon som redan har ett uppdrag.',
          slug: plan.key,
          municipality: plan.municipality,
          organizingTeam: plan.team,
          startsAt: plan.startsAt,
          durationMinutes: 90,
          online: plan.online,
          ...(plan.online
            ? { onlineLink: 'https://example.org/mote' }
            : { place: 'Träffpunkten, Exempelgatan 1' }),
          language: 'sv',
          capacity: plan.capacity,
          status: 'open',
          _status: 'published',
          seed: { key: plan.key, hash: 'demo-history', editedInCms: false },
        },
      })
      id = String(created.id)
    }
    evenings.push({ id, team: plan.team, startsAt: plan.startsAt, capacity: plan.capacity })
  }
  return evenings
}

/** Creates the past campaigns when missing; returns every campaign with its window and area. */
async function ensureCampaigns(payload: Payload, world: HistoryWorld, now: Date) {
  const everywhere = world.municipalities.map((municipality) => municipality.id)
  for (const campaign of PAST_CAMPAIGNS) {
    const { totalDocs } = await payload.count({
      collection: 'campaigns',
      where: { 'seed.key': { equals: campaign.key } },
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'campaigns',
      locale: 'sv',
      context,
      data: {
        title: campaign.title,
        slug: campaign.slug,
        ctaLabel: 'Anmäl intresse',
        startsAt: new Date(now.getTime() + campaign.fromDays * DAY_MS).toISOString(),
        endsAt: new Date(now.getTime() + campaign.toDays * DAY_MS).toISOString(),
        services: [...campaign.services],
        channels: [...campaign.channels],
        municipalities: everywhere,
        showOnHome: false,
        _status: 'published',
        seed: { key: campaign.key, hash: 'demo-history', editedInCms: false },
      },
    })
  }
  const { docs } = await payload.find({ collection: 'campaigns', depth: 0, pagination: false })
  return docs.map((doc) => ({
    id: String(doc.id),
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    municipalities: (doc.municipalities ?? []).map(idOf),
  }))
}
