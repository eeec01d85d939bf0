import type { PayloadRequest } from 'payload'

import type { RoutingMunicipality } from '../../../core/domain/routing'
import { idOf } from '../relations'

/** The municipality a submission names, as routing sees it; null if there is none by that id. */
export async function routingMunicipality(
  req: PayloadRequest,
  id: string,
): Promise<RoutingMunicipality | null> {
  const municipality = await req.payload.findByID({
    collection: 'municipalities',
    id,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!municipality) return null
  return {
    id: String(municipality.id),
    districts: (municipality.districts ?? []).map((d) => d.key),
    fallbackTeam: municipality.fallbackTeam ? idOf(municipality.fallbackTeam) : null,
  }
}
