import { INTEREST_ENDED } from '../../../core/domain/retention'
import { routedTeamsAfterHandOver } from '../../../core/domain/handOver'
import type { Service } from '../../../core/domain/organisation'
import { routeSubmission } from '../../../core/domain/routing'
import { AGE_GROUPS } from '../../../core/forms/interestRegistration'
import { registrationFacts } from '../../../core/statistics/registrationFacts'
import { type Context, actorFor, caseFields, teamOf, uniqueReference } from './context'
import type { GeneratedRegistration } from './model'
import { fictitiousPerson } from './people'
import { staffActsAfter, staffActsDaysAfter } from './time'
import { Timeline } from './timeline'

const SERVICES: [Service, number][] = [
  ['contact-family', 38],
  ['contact-person', 32],
  ['skkp', 6],
  ['lss-short-break-family', 12],
  ['lss-contact-person', 12],
]
const CHANNELS: [string, number][] = [
  ['web', 24],
  ['social-media', 22],
  ['someone-i-know', 18],
  ['advertising', 8],
  ['information-evening', 7],
  ['partner', 6],
  ['school', 5],
  ['other', 4],
  ['', 6],
]
const CAMPAIGN_CHANNELS: [string, number][] = [
  ['social-media', 50],
  ['advertising', 20],
  ['web', 20],
  ['other', 10],
]
/** Working days from registration to the first contact: mostly within a week, some late. */
const FIRST_CONTACT: [number, number][] = [
  [0, 22],
  [1, 28],
  [2, 18],
  [3, 12],
  [4, 7],
  [5, 5],
  [7, 3],
  [10, 3],
  [15, 2],
]
type Ending = 'withdrawn' | 'paused' | 'not-suitable' | 'open'
/** How registrations that do not go on end, by the step they stopped at. */
const ENDINGS: Record<string, [Ending, number][]> = {
  contacted: [
    ['withdrawn', 45],
    ['paused', 20],
    ['open', 35],
  ],
  'information-evening': [
    ['withdrawn', 45],
    ['paused', 15],
    ['not-suitable', 5],
    ['open', 35],
  ],
  assessment: [
    ['not-suitable', 35],
    ['withdrawn', 30],
    ['paused', 15],
    ['open', 20],
  ],
  approved: [
    ['withdrawn', 25],
    ['paused', 35],
    ['open', 40],
  ],
}
const NOTES = [
  null,
  null,
  null,
  'Pratade om uppdraget',
  'Vill gärna komma på informationskväll',
  'Ringer igen nästa vecka',
]

/** One generated interest registration, from arrival at `createdAt` to where it stands now. */
export function generateRegistration(ctx: Context, serial: number, createdAt: Date): GeneratedRegistration {
  const { random, world } = ctx
  const municipality = random.weighted(world.municipalities.map((m, i) => [i, m.share] as const))
  const place = world.municipalities[municipality]
  const district = place.districts.length && random.chance(0.85) ? random.pick(place.districts) : null
  const first = random.weighted(SERVICES)
  const second = random.chance(0.18) ? random.weighted(SERVICES) : first
  const services = [...new Set([first, second])]
  const routing = routeSubmission(
    { kind: 'interest', municipality: place.id, district, services },
    world.teams,
    place,
  )
  const campaign = world.campaigns.find(
    (c) =>
      c.municipalities.includes(place.id) &&
      Date.parse(c.startsAt) <= createdAt.getTime() &&
      createdAt.getTime() < Date.parse(c.endsAt),
  )
  const fromCampaign = campaign && random.chance(0.4) ? campaign.id : null
  const channel = random.weighted(fromCampaign ? CAMPAIGN_CHANNELS : CHANNELS) || null
  const locale = random.chance(0.08) ? 'en' : 'sv'
  const registrant = { id: random.uuid(), locale, services, ...fictitiousPerson(random, serial) } as const
  const timeline = new Timeline(random, 'interest', createdAt, world.now)
  const holder = { team: routing.teams[0], routedTeams: routing.teams }
  follow(ctx, timeline, holder, registrant, place.id)
  const { services: _, ...person } = registrant
  const work = caseFields(ctx, timeline, 'interest', holder.team)
  const ended = (INTEREST_ENDED as readonly string[]).includes(work.status)
  return {
    reference: uniqueReference(ctx),
    municipality: place.id,
    district,
    consentAt: createdAt.toISOString(),
    central: routing.central,
    routingExplanation: routing.explanation,
    routedTeams: holder.routedTeams,
    idempotencyKey: `demo-history:${serial}`,
    services,
    ...person,
    adults: random.int(1, 2),
    children: random.int(0, 3),
    ageGroup: random.pick(AGE_GROUPS),
    channel,
    campaign: fromCampaign,
    ...work,
    endedAt: ended ? (work.history.at(-1)?.at ?? null) : null,
    // What the hook stores on a registration's every change (hooks/registrationFacts).
    facts: registrationFacts(work),
  }
}

type Holder = { team: string | undefined; routedTeams: string[] }
/** The person behind the registration, as their bookings repeat them. */
type Registrant = Pick<GeneratedRegistration, 'id' | 'locale' | 'services' | 'name' | 'email' | 'phone'>

/** The registration's way through the pipeline, each step taken only with its likelihood. */
function follow(ctx: Context, t: Timeline, holder: Holder, registrant: Registrant, municipality: string) {
  const { random } = ctx
  const { services } = registrant
  const staff = () => actorFor(ctx, holder.team, 'interest')
  let at = staffActsAfter(random, t.createdAt, random.weighted(FIRST_CONTACT))
  if (random.chance(0.3)) {
    if (!t.contact('call-attempt', at, staff())) return
    at = staffActsAfter(random, at, random.int(1, 2))
  }
  if (random.chance(0.06)) {
    // Never reached: tried again, written to, and closed as withdrawn.
    if (!t.contact('call-attempt', at, staff())) return
    const written = staffActsAfter(random, at, random.int(3, 8))
    if (t.contact('email-sent', written, staff(), 'Har inte gått att nå'))
      t.move('withdrawn', staffActsAfter(random, written, random.int(5, 10)), staff())
    return
  }
  if (!t.contact(random.chance(0.85) ? 'reached' : 'email-sent', at, staff(), random.pick(NOTES))) return
  if (!t.move('contacted', at, staff())) return
  if (random.chance(0.15)) handOver(ctx, t, holder, services, municipality)
  if (random.chance(0.08)) {
    if (!t.move('assessment', staffActsDaysAfter(random, t.last, 5, 25), staff())) return
  } else if (!random.chance(0.62)) return stepAside(ctx, t, staff())
  else if (!informationEvening(ctx, t, holder, registrant, staff)) return
  if (!random.chance(0.6)) return stepAside(ctx, t, staff())
  t.contact('reached', staffActsDaysAfter(random, t.last, 7, 30), staff(), 'Hembesök gjort')
  if (!t.move('approved', staffActsDaysAfter(random, t.last, 10, 45), staff())) return
  if (!random.chance(0.72)) return stepAside(ctx, t, staff())
  t.move('assigned', staffActsDaysAfter(random, t.last, 10, 90), staff())
}

/**
 * Through an information evening: booked at the holding team's next evening when it has one
 * (the booking moves the registration, without an author), attended or not; otherwise staff
 * move it after an evening elsewhere. Returns whether it reached assessment.
 */
function informationEvening(
  ctx: Context,
  t: Timeline,
  holder: Holder,
  registrant: Registrant,
  staff: () => string,
): boolean {
  const { random, book } = ctx
  const evening = holder.team && random.chance(0.85) ? book.next(holder.team, t.last, 3, 60) : undefined
  if (!evening) {
    if (!t.move('information-evening', staffActsDaysAfter(random, t.last, 7, 30), staff())) return false
    if (!random.chance(0.55)) return (stepAside(ctx, t, staff()), false)
    return t.move('assessment', staffActsDaysAfter(random, t.last, 3, 20), staff())
  }
  const startsAt = new Date(evening.startsAt)
  const bookedAt = new Date(
    t.last.getTime() + random.next() * (startsAt.getTime() - t.last.getTime() - 3 * 3600_000),
  )
  if (!t.move('information-evening', bookedAt, null)) return false
  const seats = random.chance(0.2) ? 2 : 1
  const claim = book.claim(evening.id, seats)
  const cancelled = claim.status === 'confirmed' && random.chance(0.05)
  if (cancelled) book.cancel(evening.id, seats)
  const attended = claim.status === 'confirmed' && !cancelled && random.chance(0.8)
  const moved = attended && t.move('assessment', staffActsAfter(random, startsAt, 1), null)
  book.bookings.push({
    id: random.uuid(),
    reference: uniqueReference(ctx),
    evening: evening.id,
    team: evening.team,
    status: cancelled ? 'cancelled' : claim.status,
    sequence: claim.sequence,
    seats,
    name: registrant.name,
    email: registrant.email,
    phone: registrant.phone,
    locale: registrant.locale,
    consentAt: bookedAt.toISOString(),
    attendance:
      claim.status !== 'confirmed' || cancelled || (attended && !moved)
        ? null
        : attended
          ? 'attended'
          : 'no-show',
    interestRegistration: registrant.id,
    reminderSentAt:
      claim.status === 'confirmed' ? new Date(startsAt.getTime() - 24 * 3600_000).toISOString() : null,
    services: registrant.services,
    createdAt: bookedAt.toISOString(),
    updatedAt: bookedAt.toISOString(),
  })
  if (!moved) stepAside(ctx, t, staff())
  return moved
}

/** Stepping aside from the main line where a registration stopped; a pause is sometimes resumed. */
function stepAside(ctx: Context, t: Timeline, by: string) {
  const { random } = ctx
  const stoppedAt = t.status
  const ending = random.weighted(ENDINGS[stoppedAt] ?? ENDINGS.contacted)
  if (ending === 'open') return
  if (!t.move(ending, staffActsDaysAfter(random, t.last, 5, 40), by)) return
  if (ending === 'paused' && random.chance(0.3))
    t.move(stoppedAt, staffActsDaysAfter(random, t.last, 20, 90), by)
}

/** Stockholm's central team hands a registration to the district team of the person's home. */
function handOver(ctx: Context, t: Timeline, holder: Holder, services: Service[], municipality: string) {
  const { random, world } = ctx
  const from = holder.team ? teamOf(ctx, holder.team) : undefined
  if (!from || from.districts.length) return
  const targets = world.teams.filter(
    (team) =>
      team.municipalities.includes(municipality) &&
      team.districts.length > 0 &&
      team.forms.includes('interest') &&
      team.services.includes(services[0]),
  )
  if (!targets.length) return
  const to = random.pick(targets)
  const at = staffActsAfter(random, t.last, random.int(0, 3))
  const reason = 'Personen bor i stadsdelen; stadsdelens team tar över.'
  if (!t.handOver(at, actorFor(ctx, from.id, 'interest'), from.id, to.id, reason)) return
  holder.routedTeams = routedTeamsAfterHandOver(
    { kind: 'interest', municipality, routedTeams: holder.routedTeams, services },
    from,
    to,
  )
  holder.team = to.id
  t.contact('reached', staffActsAfter(random, at, random.int(0, 3)), actorFor(ctx, to.id, 'interest'))
}
