import type { RoutingTeam } from '../../../core/domain/routing'
import type { Team } from '../../payload-types'
import { idOf } from '../relations'

/** A team as routing sees it (core/domain/routing decides; this only maps the document). */
export const routingTeam = (team: Team): RoutingTeam => ({
  id: String(team.id),
  active: Boolean(team.active),
  municipalities: team.municipalities.map(idOf),
  districts: team.districts ?? [],
  programmeAreas: team.programmeAreas ?? [],
  services: team.services ?? [],
  forms: team.forms ?? [],
})
