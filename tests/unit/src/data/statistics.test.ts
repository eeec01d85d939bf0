import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { PublicStatisticsTables } from '../../../../src/components/statistics/PublicStatisticsTables'
import { downloadPaths, statisticsCsv, toPublicStatistics } from '../../../../src/data/statistics'
import type { Locale } from '../../../../core/i18n/locales'
import type { PublicStatistics } from '../../../../core/statistics/report'
import { publicStatistics } from '../../../support/statisticsFixtures'

const render = (statistics: PublicStatistics, locale: Locale = 'sv') =>
  renderToStaticMarkup(createElement(PublicStatisticsTables, { locale, statistics }))

describe('the public statistics page', () => {
  const html = render(publicStatistics)

  it('has a table per area, the whole portal first, a row per quarter', () => {
    expect(html.match(/<table/g)).toHaveLength(2)
    expect(html.indexOf('Hela portalen')).toBeLessThan(html.indexOf('Vaxholm'))
    expect(html).toContain('<caption>Vaxholm per kvartal</caption>')
    expect(html).toMatch(/<th scope="row">2026 kv. 2<\/th><td>120<\/td><td>9<\/td><td>80<\/td><td>12<\/td>/)
  })

  it('reads a primary suppression as "färre än 5" and marks a complementary one apart, each explained', () => {
    expect(html).toContain('<td class="suppressed suppressed--fewer-than-5">färre än 5</td>')
    expect(html).toContain('<td class="suppressed suppressed--complementary">dolt*</td>')
    expect(html).toContain('”Färre än 5”: vi visar inte tal under 5')
    expect(html).toContain('”Dolt*”: talet döljs också')
  })

  it('says "fewer than 5" in English', () => {
    const english = render(publicStatistics, 'en')
    expect(english).toContain('>fewer than 5</td>')
    expect(english).toContain('<caption>The whole portal by quarter</caption>')
    expect(english).toContain('<th scope="row">2026 Q3</th>')
  })

  it('says there is nothing to show before the first quarter', () => {
    expect(
      render({ ...publicStatistics, quarters: [], areas: [{ slug: null, name: 'Alla', rows: [] }] }),
    ).toBe('<p>Det finns ingen statistik att visa än.</p>')
  })
})

describe('the download files', () => {
  it('hold every area’s rows as CSV, numbers bare and withheld cells in words', () => {
    expect(statisticsCsv('sv', publicStatistics)).toBe(
      '\uFEFFOmråde,Kvartal,Intresseanmälningar,Informationskvällar,Deltagare på informationskvällar,Godkända\r\n' +
        'Hela portalen,2026-Q2,120,9,80,12\r\n' +
        'Hela portalen,2026-Q3,140,11,95,17\r\n' +
        'Vaxholm,2026-Q2,14,färre än 5,9,färre än 5\r\n' +
        'Vaxholm,2026-Q3,21,färre än 5,dolt*,färre än 5\r\n',
    )
  })

  it('are linked from each language’s page', () => {
    expect(downloadPaths('sv')).toEqual({
      csv: '/statistik/statistik.csv',
      json: '/statistik/statistik.json',
    })
    expect(downloadPaths('en')).toEqual({
      csv: '/en/statistics/statistics.csv',
      json: '/statistik/statistik.json',
    })
  })
})

describe('what the build accepts from the CMS', () => {
  it('takes the public aggregates', () => {
    expect(toPublicStatistics(publicStatistics)).toEqual(publicStatistics)
  })

  it.each([
    ['nothing', null],
    ['a list answer', { docs: [] }],
    ['no areas', { ...publicStatistics, areas: [] }],
    [
      'a row carrying more than the aggregates',
      {
        ...publicStatistics,
        areas: [
          { ...publicStatistics.areas[0], rows: [{ ...publicStatistics.areas[0].rows[0], name: 'Anna' }] },
        ],
      },
    ],
    [
      'a published number under 5',
      {
        ...publicStatistics,
        areas: [
          {
            ...publicStatistics.areas[0],
            rows: [{ ...publicStatistics.areas[0].rows[0], approvals: { value: 3 } }],
          },
        ],
      },
    ],
    [
      'a cell neither a number nor withheld',
      {
        ...publicStatistics,
        areas: [
          {
            ...publicStatistics.areas[0],
            rows: [{ ...publicStatistics.areas[0].rows[0], approvals: { value: 30, exact: true } }],
          },
        ],
      },
    ],
  ])('fails the build on %s', (_, body) => {
    expect(() => toPublicStatistics(body)).toThrow(/no public statistics.*not built without them/)
  })
})
