import type { Payload } from 'payload'

import type { Role } from '../access/roles'

/** Team members the demo signs in as, to show that each team sees only what was routed to it. */
export const DEMO_STAFF: { email: string; name: string; roles: Role[]; team?: string }[] = [
  {
    email: 'barn-unga.sodermalm@example.org',
    name: 'Demo rekryterare Södermalm barn och unga',
    roles: ['recruiter'],
    team: 'sodermalm-barn-unga',
  },
  {
    email: 'lss.sodermalm@example.org',
    name: 'Demo rekryterare Södermalm LSS',
    roles: ['recruiter'],
    team: 'sodermalm-lss',
  },
  {
    email: 'mottagning.vaxholm@example.org',
    name: 'Demo mottagning Vaxholm',
    roles: ['intake'],
    team: 'vaxholm-mottagning',
  },
  // Communications staff edit the site for every team, so belong to none.
  {
    email: 'kommunikation@example.org',
    name: 'Demo kommunikatör',
    roles: ['communications'],
  },
  // Reads the access log and nothing else, so it too belongs to no team.
  {
    email: 'dataskydd@example.org',
    name: 'Demo dataskydd',
    roles: ['data-protection'],
  },
]

async function ensureUser(
  payload: Payload,
  data: { email: string; password: string; name: string; roles: Role[]; teams?: string[] },
) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: data.email } } })
  if (totalDocs > 0) return false
  await payload.create({ collection: 'users', data })
  return true
}

/** Creates the documented demo login once. Only `npm start` (demo mode) calls this. */
export const ensureDemoAdmin = (payload: Payload, login: { email: string; password: string }) =>
  ensureUser(payload, { ...login, name: 'Demo Admin', roles: ['admin'] })

/** Creates the demo team members (same password as the demo admin), once the teams are seeded. */
export async function ensureDemoStaff(payload: Payload, password: string): Promise<number> {
  let created = 0
  for (const { team, ...staff } of DEMO_STAFF) {
    const { docs } = team
      ? await payload.find({
          collection: 'teams',
          where: { 'seed.key': { equals: team } },
          depth: 0,
          limit: 1,
        })
      : { docs: [] }
    if (team && !docs[0]) continue
    if (await ensureUser(payload, { ...staff, password, teams: docs.map((doc) => String(doc.id)) }))
      created += 1
  }
  return created
}
