import { describe, expect, it } from 'vitest'

import { type CmsCampaign, type CmsTeam, toCampaigns, toMunicipalities } from '../../../../src/data/events'
import type { CmsMedia } from '../../../../src/data/pages'

const campaign: CmsCampaign = {
  id: 'c1',
  slug: 'en-helg-i-manaden',
  title: 'En helg i månaden',
  ctaLabel: 'Anmäl intresse',
  startsAt: '2026-12-01T08:00:00.000Z',
  endsAt: '2027-01-31T23:00:00.000Z',
  showOnHome: true,
  municipalities: ['m1'],
}
const municipalities = [{ id: 'm1', name: 'Stockholm', slug: 'stockholm' }]
const built = (now: string, media: CmsMedia[] = []) =>
  toCampaigns('sv', [campaign], municipalities, media, new Date(now))

describe('a scheduled campaign on the built site', () => {
  it('is absent before its start', () => {
    expect(built('2026-11-30T23:59:00Z')).toEqual([])
  })

  it('is present during its window, at /kampanj/<slug>/, attributed to its municipalities', () => {
    const [page] = built('2026-12-15T12:00:00Z')
    expect(page.path).toBe('/kampanj/en-helg-i-manaden/')
    expect(page.alternates.en).toBe('/en/campaign/en-helg-i-manaden/')
    expect(page.municipalitySlugs).toEqual(['stockholm'])
  })

  it('is absent from its end on', () => {
    expect(built('2027-01-31T23:00:00Z')).toEqual([])
  })
})

describe("a campaign's image on the built site", () => {
  const during = '2026-12-15T12:00:00Z'
  const withImage = (media: CmsMedia) => {
    campaign.heroImage = media.id
    try {
      return built(during, [media])[0].heroImage
    } finally {
      delete campaign.heroImage
    }
  }
  const image = {
    id: 'i1',
    url: '/api/media/file/vinter.png',
    alt: 'Ett barn och en vuxen',
    width: 1280,
    height: 960,
  }

  it("is shown with the alt text and size in the page's language", () => {
    expect(withImage(image)).toEqual({ url: image.url, alt: image.alt, width: 1280, height: 960 })
  })

  it('is left out when its alt text is missing in that language (no Swedish text on an English page)', () => {
    expect(withImage({ ...image, alt: null })).toBeNull()
  })
})

describe('a municipality on the built site', () => {
  const teams: CmsTeam[] = [
    {
      id: 't1',
      name: 'Södermalm – LSS',
      municipalities: ['m1'],
      districts: ['sodermalm'],
      programmeAreas: ['lss', 'unknown-area'],
      forms: ['application'],
      publicContact: { phone: '08-2' },
    },
  ]

  it('carries its facts, every blank as an empty text and an unknown insurance answer as none', () => {
    const [built] = toMunicipalities(
      'sv',
      [
        {
          ...municipalities[0],
          facts: {
            volunteerContact: { phone: '08-1', hours: 'Vardagar 9–12' },
            fees: { url: 'https://example.org/arvode' },
            insurance: { covered: 'maybe' },
          },
        },
      ],
      teams,
    )
    expect(built.facts).toEqual({
      volunteerContact: { phone: '08-1', hours: 'Vardagar 9–12' },
      supportContact: { phone: '', hours: '' },
      emergency: { phone: '', hours: '' },
      fees: { text: '', url: 'https://example.org/arvode' },
      volunteerSupport: '',
      insurance: { covered: null, text: '', url: '' },
    })
    expect(built.teams[0]).toMatchObject({
      districts: ['sodermalm'],
      programmeAreas: ['lss'],
      forms: ['application'],
    })
  })

  it('has empty facts when the CMS has none', () => {
    const [built] = toMunicipalities('en', municipalities, [])
    expect(built.facts.insurance.covered).toBeNull()
    expect(built.facts.volunteerSupport).toBe('')
  })
})
