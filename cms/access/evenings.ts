import type { Access, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { idOf } from '../collections/relations'
import { hasRole } from './roles'
import { teamIdsOf } from './teams'

/** Who may organise evenings at all: recruiters announce their own, communications staff publish them. */
const organiser = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'recruiter', 'communications')

/**
 * Staff create evenings only for a team of their own (the admin's "create" button asks without
 * data: anyone with a team may open the form). Admins organise for any team.
 */
export const createsForOwnTeam: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true
  const teams = organiser(req.user) ? teamIdsOf(req.user) : []
  if (!data) return teams.length > 0
  return data.organizingTeam != null && teams.includes(idOf(data.organizingTeam))
}

/** Staff edit only their own teams' evenings; one `Where` for REST, the admin and the Local API. */
export const ownTeamsEvenings: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const teams = organiser(req.user) ? teamIdsOf(req.user) : []
  return teams.length ? { organizingTeam: { in: teams } } : false
}

/** The organising team must work in the evening's municipality, whoever saves it. */
export const municipalityOfOrganisingTeam: RelationshipFieldValidation = async (value, options) => {
  const valid = await relationship(value, options)
  const team = (options.siblingData as { organizingTeam?: unknown }).organizingTeam
  if (valid !== true || !value || !team) return valid
  const { req } = options
  const found = await req.payload.findByID({
    collection: 'teams',
    id: idOf(team),
    depth: 0,
    req,
    disableErrors: true,
  })
  if ((found?.municipalities ?? []).map(idOf).includes(idOf(value))) return true
  return text(asLocale(req.i18n?.language), 'cms.validation.teamOutsideMunicipality')
}
