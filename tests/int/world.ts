import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { Role } from '../../cms/access/roles'
import type { User } from '../../cms/payload-types'
import { createTeamStaff, openTestPayload } from './helpers'

/**
 * The Payload of the test file that called `openWorld`, set before its tests run. A live binding:
 * vitest gives each test file its own copy of this module, so each file sees its own.
 */
export let payload: Payload

/** What a test file's tests share: the ids and the staff its setup created. */
export type World = { ids: Record<string, string>; users: Record<string, User> }

/** Opens this file's Payload before its tests, then lets `setup` fill in the world they share. */
export function openWorld(setup: (world: World) => Promise<void>): World {
  const world: World = { ids: {}, users: {} }
  beforeAll(async () => {
    payload = await openTestPayload()
    await setup(world)
  })
  return world
}

/** A staff member in the given teams, in the world's Payload (see `createTeamStaff`). */
export const staff = (roles: Role[], teams: string[]) => createTeamStaff(payload, roles, teams)

/** Local API options that act as a new staff member, through access control. */
export const asStaff = async (roles: Role[], teams: string[]) => ({
  user: await staff(roles, teams),
  overrideAccess: false as const,
})
