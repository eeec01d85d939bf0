import type { Payload } from 'payload'

/** Creates the documented demo login once. Only `npm start` (demo mode) calls this. */
export async function ensureDemoAdmin(payload: Payload, login: { email: string; password: string }) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: login.email } } })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { ...login, name: 'Demo Admin', roles: ['admin'] },
  })
  return true
}
