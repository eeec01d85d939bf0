import http from 'node:http'

/** A Lexical document of a few paragraphs, the shape Payload's REST API returns for rich text. */
const richText = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

const prose =
  'En kontaktfamilj tar emot ett barn några helger i månaden och ger föräldern tid att vila. '.repeat(6)

/** The public statistics endpoint's answer for the generated municipalities: a year of quarters each. */
function publicStatistics(munis: { name: string; slug: string }[]) {
  const quarters = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']
  const rows = (scale: number) =>
    quarters.map((quarter, i) => ({
      quarter,
      interestRegistrations: { value: 12 * scale + i },
      eveningsHeld: scale > 1 ? { value: 2 * scale } : { suppressed: 'fewer-than-5' },
      eveningAttendees: { value: 9 * scale },
      approvals: scale > 1 ? { value: 5 * scale } : { suppressed: 'fewer-than-5' },
    }))
  return {
    generatedAt: '2026-10-01T04:00:00.000Z',
    quarters,
    areas: [
      { slug: null, name: 'Alla', rows: rows(munis.length) },
      ...munis.map((m) => ({ slug: m.slug, name: m.name, rows: rows(1) })),
    ],
  }
}

/** One bookable evening next month and one running campaign, so their pages and islands are built. */
function events(locale: string) {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
  return {
    evenings: [
      {
        id: 'e0',
        slug: 'kvall-0',
        topic: locale === 'sv' ? 'Bli kontaktfamilj' : 'Become a contact family',
        description: prose.slice(0, 140),
        municipality: 'm0',
        organizingTeam: 't-m0',
        startsAt: inDays(30),
        durationMinutes: 90,
        place: 'Stadsbiblioteket',
        language: 'sv',
        capacity: 40,
        status: 'open',
        availability: { seatsLeft: 12, waitlist: 0, bookable: true },
      },
    ],
    campaigns: [
      {
        id: 'c0',
        slug: 'kampanj-0',
        title: locale === 'sv' ? 'En helg i månaden' : 'One weekend a month',
        message: richText([prose]),
        ctaLabel: locale === 'sv' ? 'Anmäl intresse' : 'Register interest',
        startsAt: inDays(-1),
        endsAt: inDays(30),
        municipalities: ['m0'],
      },
    ],
  }
}

/**
 * Serves a generated portal over the same REST paths the site's loaders read: `municipalities`
 * municipalities with `pagesPerMunicipality` pages each, in Swedish and English, and with
 * `withEvents` one evening and one campaign.
 */
export function startFakeCms(municipalities: number, pagesPerMunicipality: number, withEvents = false) {
  const munis = Array.from({ length: municipalities }, (_, i) => ({
    id: `m${i}`,
    name: `Kommun ${i}`,
    slug: `kommun-${i}`,
    intro: prose,
  }))
  const pages = (locale: string) => [
    {
      id: 'home',
      title: locale === 'sv' ? 'Start' : 'Home',
      slug: locale === 'sv' ? 'start' : 'home',
      summary: prose,
      content: richText([prose, prose]),
      updatedAt: '2026-11-24T00:00:00Z',
    },
    ...munis.flatMap((m) =>
      Array.from({ length: pagesPerMunicipality }, (_, j) => ({
        id: `${m.id}-p${j}`,
        title: `${m.name} – sida ${j}`,
        slug: `${m.slug}-sida-${j}-${locale}`,
        summary: prose.slice(0, 140),
        content: richText([prose, prose, prose]),
        updatedAt: '2026-11-24T00:00:00Z',
      })),
    ),
  ]
  const body = (url: URL): unknown => {
    const locale = url.searchParams.get('locale') ?? 'sv'
    if (url.pathname === '/api/globals/site-settings')
      return { siteName: 'Kontaktportalen', tagline: 'Bench', homePage: 'home', contact: {}, footerLinks: [] }
    if (url.pathname === '/api/pages') return { docs: pages(locale) }
    if (url.pathname === '/api/municipalities') return { docs: munis }
    if (url.pathname === '/api/teams')
      return {
        docs: munis.map((m) => ({
          id: `t-${m.id}`,
          name: `Team ${m.name}`,
          municipalities: [m.id],
          services: ['contact-family'],
          publicContact: { phone: '08-000 00 00', email: 'team@example.org', hours: '9–12' },
        })),
      }
    if (url.pathname === '/api/statistics/public') return publicStatistics(munis)
    if (withEvents && url.pathname === '/api/info-evenings') return { docs: events(locale).evenings }
    if (withEvents && url.pathname === '/api/info-evenings/e0/seats') return { seatsLeft: 12 }
    if (withEvents && url.pathname === '/api/campaigns') return { docs: events(locale).campaigns }
    return { docs: [] }
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    // The evening island asks for the live seat count from the page's origin.
    res
      .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
      .end(JSON.stringify(body(url)))
  })
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    }),
  )
}
