import type { Validate, Where } from 'payload'

import { mayBeResponsible } from '../../core/domain/caseWork'
import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import type { Role } from '../access/roles'
import { idOf } from '../collections/relations'

/** The picker offers admins and the staff of `role` in the submission's routed teams. */
export const eligibleResponsible = (role: Role, routedTeams: string[]): Where => ({
  or: [{ roles: { in: ['admin'] } }, { and: [{ roles: { in: [role] } }, { teams: { in: routedTeams } }] }],
})

/**
 * The server's check of the same rule (`mayBeResponsible`), whatever a client sends. Only a new
 * choice is checked: a person who has since left the team does not block saving other changes.
 */
export const validResponsible =
  (role: Role): Validate =>
  async (value, { data, previousValue, req }) => {
    if (!value || idOf(value) === idOf(previousValue)) return true
    const person = await req.payload.findByID({
      collection: 'users',
      id: idOf(value),
      depth: 0,
      disableErrors: true,
      select: { roles: true, teams: true },
      req,
    })
    const routedTeams = ((data as { routedTeams?: unknown[] }).routedTeams ?? []).map(idOf)
    const allowed =
      person &&
      mayBeResponsible(
        { roles: person.roles ?? [], teams: (person.teams ?? []).map(idOf) },
        { role, routedTeams },
      )
    return allowed || text(asLocale(req.i18n?.language), 'cms.caseCard.responsibleOutsideTeams')
  }
