import type { RoutingMunicipality } from '../../../core/domain/routing'
import type { Municipality } from '../../payload-types'
import { idOf } from '../relations'

/** A municipality as routing sees it (core/domain/routing decides; this only maps the document). */
export const routingMunicipalityOf = (municipality: Municipality): RoutingMunicipality => ({
  id: String(municipality.id),
  districts: (municipality.districts ?? []).map((d) => d.key),
  fallbackTeam: municipality.fallbackTeam ? idOf(municipality.fallbackTeam) : null,
})
