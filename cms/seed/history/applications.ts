import type { Service } from '../../../core/domain/organisation'
import { retentionCutoffs, retentionDefaults } from '../../../core/domain/retention'
import { routeSubmission } from '../../../core/domain/routing'
import { CALL_TIMES } from '../../../core/forms/application'
import { applicationFacts } from '../../../core/statistics/applicationFacts'
import { type Context, actorFor, caseFields, uniqueReference } from './context'
import type { GeneratedApplication } from './model'
import { fictitiousPerson } from './people'
import { staffActsAfter } from './time'
import { Timeline } from './timeline'

/** Working days until intake calls back: most within the promised three, some later. */
const CALL_BACK: [number, number][] = [
  [0, 35],
  [1, 30],
  [2, 15],
  [3, 10],
  [4, 5],
  [6, 3],
  [8, 2],
]
const SOL_SERVICES: [Service | 'not-sure', number][] = [
  ['contact-family', 40],
  ['contact-person', 35],
  ['skkp', 10],
  ['not-sure', 15],
]
const LSS_SERVICES: [Service, number][] = [
  ['lss-short-break-family', 50],
  ['lss-contact-person', 50],
]

/**
 * One generated application: called back, then closed. Returns nothing for one still open past
 * the escalation cut-off, so the nightly job finds none to escalate.
 */
export function generateApplication(
  ctx: Context,
  serial: number,
  createdAt: Date,
): GeneratedApplication | null {
  const { random, world } = ctx
  const place =
    world.municipalities[random.weighted(world.municipalities.map((m, i) => [i, m.share] as const))]
  const district = place.districts.length ? random.pick(place.districts) : null
  const applicant = random.chance(0.65) ? 'guardian' : 'self'
  const forWhom = applicant === 'guardian' ? (random.chance(0.6) ? 'child' : 'young-person') : null
  const disability = random.chance(0.2)
  const service = random.weighted(disability ? LSS_SERVICES : SOL_SERVICES)
  const routing = routeSubmission(
    {
      kind: 'application',
      municipality: place.id,
      district,
      services: [service],
      applicant: { for: forWhom ?? 'adult', disability },
    },
    world.teams,
    place,
  )
  const team = routing.teams[0]
  const staff = actorFor(ctx, team, 'application')
  const t = new Timeline(random, 'application', createdAt, world.now)
  let at = staffActsAfter(random, createdAt, random.weighted(CALL_BACK))
  if (random.chance(0.25) && t.contact('call-attempt', at, staff)) at = staffActsAfter(random, at, 1)
  if (t.contact('reached', at, staff) && t.move('contacted', at, staff))
    t.move('closed', staffActsAfter(random, at, random.int(0, 10)), staff)
  const closedAt = t.status === 'closed' ? t.last.toISOString() : null
  const cutoffs = retentionCutoffs(world.now, retentionDefaults())
  if (!closedAt && createdAt.toISOString() < cutoffs.escalateArrivedBefore) return null
  const person = fictitiousPerson(random, serial)
  const application: Omit<GeneratedApplication, 'facts'> = {
    id: random.uuid(),
    reference: uniqueReference(ctx),
    municipality: place.id,
    district,
    locale: 'sv',
    consentAt: createdAt.toISOString(),
    central: routing.central,
    routingExplanation: routing.explanation,
    routedTeams: routing.teams,
    idempotencyKey: `demo-history:application:${serial}`,
    applicant,
    forWhom,
    disability,
    service,
    callTime: random.pick(CALL_TIMES),
    name: person.name,
    phone: person.phone,
    email: random.chance(0.5) ? person.email : null,
    closedAt,
    ...caseFields(ctx, t, 'application', team),
  }
  // What the hook stores on an application's every change (hooks/applicationFacts).
  return { ...application, facts: applicationFacts(application) }
}
