// Shared with bench/bookings.ts, which has no demo to start: only a CMS URL and an admin session.

/**
 * Creates an open, published evening of the CMS's first team over the REST API, as `admin` (an
 * admin's session header) would; returns its id.
 */
export async function createOpenEvening(
  cmsUrl: string,
  admin: Record<string, string>,
  { topic, capacity, inDays }: { topic: string; capacity: number; inDays: number },
): Promise<string> {
  const headers = { ...admin, 'content-type': 'application/json' }
  const teams = await fetch(`${cmsUrl}/api/teams?limit=1&depth=0`, { headers })
  const [team] = ((await teams.json()) as { docs: { id: string; municipalities: string[] }[] }).docs
  const response = await fetch(`${cmsUrl}/api/info-evenings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      topic,
      municipality: team.municipalities[0],
      organizingTeam: team.id,
      startsAt: new Date(Date.now() + inDays * 86_400_000).toISOString(),
      durationMinutes: 90,
      place: 'Stadshuset',
      capacity,
      language: 'sv',
      status: 'open',
      _status: 'published',
    }),
  })
  if (response.status !== 201) throw new Error(`creating an evening answered ${response.status}`)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}
