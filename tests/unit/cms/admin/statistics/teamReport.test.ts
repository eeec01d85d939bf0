import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { PeriodForm } from '../../../../../cms/admin/statistics/PeriodForm'
import { TeamReportView } from '../../../../../cms/admin/statistics/TeamReportView'
import type { Locale } from '../../../../../core/i18n/locales'
import type { TeamReport } from '../../../../../core/statistics/report'
import { emptyReport, teamReport } from '../../../../support/statisticsFixtures'

const render = (report: TeamReport, locale: Locale = 'sv') =>
  renderToStaticMarkup(createElement(TeamReportView, { report, locale }))

/** What a person reads: the markup without tags, attributes (the CSV links) or entities. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

/** Each table's CSV, decoded from its download link, with the file name it is saved under. */
const csvFiles = (html: string) =>
  [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]+)" download="([^"]+)"/g)].map((match) => ({
    file: match[2],
    csv: decodeURIComponent(match[1].replace(/&amp;/g, '&')),
  }))

describe('the team report in the admin', () => {
  const html = render(teamReport)
  const text = visibleText(html)

  it('shows labels, never codes', () => {
    for (const label of [
      'Kontaktfamilj',
      'Kontaktperson enligt LSS',
      'Sociala medier',
      'Någon jag känner',
      'Kontaktad',
      'Informationskväll',
      'Avbruten av personen',
      'Inte lämplig',
      'Barn under 13, LSS',
      'Vuxen',
      'Vet inte',
    ])
      expect(text).toContain(label)
    for (const code of [
      'contact-family',
      'social-media',
      'not-suitable',
      'child-lss',
      'not-sure',
      'withdrawn',
    ])
      expect(html).not.toContain(code)
  })

  it('shows names, never ids', () => {
    expect(text).toContain('En helg i månaden')
    expect(text).toContain('Södermalm')
    expect(text).toContain('Informationskväll på Södermalm')
    for (const id of ['camp-7f3a', 'eve-91c2', 'sodermalm']) expect(html).not.toContain(id)
  })

  it('reads the period, weeks and evenings as Swedish dates and 24-hour times', () => {
    expect(text).toContain('Visar 1 jan. 2026 – 31 mars 2026')
    expect(text).toContain('29 dec. 2025')
    expect(text).toContain('12 mars 2026 18:30')
    expect(text).toContain('februari 2026')
  })

  it('computes each step’s share of the step before and each share of the whole', () => {
    // 30 of 40 were contacted, 15 of those 30 came to an evening; 25 of 40 asked for a contact family.
    expect(html).toMatch(/Kontaktad<\/th><td>30<\/td><td>75\s%<\/td>/)
    expect(html).toMatch(/Informationskväll<\/th><td>15<\/td><td>50\s%<\/td>/)
    expect(html).toMatch(/Kontaktfamilj<\/th><td>25<\/td><td>63\s%<\/td>/)
    // Attendance of those marked (15 came, 5 did not), and 6 of the 15 attendees went on to assessment.
    expect(html).toMatch(/<td>75\s%<\/td><td>40\s%<\/td><\/tr>/)
  })

  it('puts a data table beside every chart', () => {
    const pairs = html.split('class="stats__pair"').slice(1)
    const withChart = pairs.filter((pair) => pair.includes('<figure'))
    expect(withChart.length).toBeGreaterThanOrEqual(10)
    for (const pair of withChart) expect(pair.slice(0, pair.indexOf('</table>'))).toContain('<table')
  })

  it('offers each table as CSV with the same rows, named after the table and the period', () => {
    const tables = html.match(/<table/g) ?? []
    const files = csvFiles(html)
    expect(files).toHaveLength(tables.length)
    expect(new Set(files.map(({ file }) => file)).size).toBe(files.length)
    const byChannel = files.find(
      ({ file }) => file === 'statistik-registrations-by-channel-2026-01-01-2026-03-31.csv',
    )
    expect(byChannel?.csv).toBe(
      '\uFEFFKanal,Antal,Andel\r\nSociala medier,30,75\u00a0%\r\nNågon jag känner,10,25\u00a0%\r\n',
    )
  })

  it('says so when the period holds nothing, instead of empty tables', () => {
    const empty = render(emptyReport)
    expect(visibleText(empty)).toContain(
      'Inga intresseanmälningar, informationskvällar eller ansökningar under perioden.',
    )
    expect(empty).not.toContain('<table')
  })

  it('shows only the sections the report carries: intake reads applications alone', () => {
    const sections = (report: TeamReport) =>
      [...render(report).matchAll(/<section class="stats__section" aria-labelledby="([^"]+)"/g)].map(
        (match) => match[1],
      )
    const { period, municipality, applications, ...recruiterPart } = teamReport
    expect(sections({ period, municipality, applications })).toEqual(['stats-applications'])
    expect(sections({ period, municipality, ...recruiterPart })).toEqual([
      'stats-registrations',
      'stats-funnel',
      'stats-first-contact',
      'stats-at-risk',
      'stats-evenings',
      'stats-campaigns',
    ])
  })

  it('speaks English to staff who chose English', () => {
    const english = visibleText(render(teamReport, 'en'))
    expect(english).toContain('Contact family')
    expect(english).toContain('Child under 13, LSS')
    expect(english).toContain('Showing 1 Jan 2026 – 31 Mar 2026')
  })
})

describe('the period form', () => {
  const form = (municipalities: { id: string; name: string }[]) =>
    renderToStaticMarkup(
      createElement(PeriodForm, {
        locale: 'sv',
        choice: { kind: 'quarter', quarter: '2026-Q1' },
        period: { from: '2026-01-01', to: '2026-04-01' },
        quarters: ['2026-Q2', '2026-Q1'],
        municipalities,
        municipality: 'm2',
      }),
    )

  it('is a plain GET form back to the view, the current choice checked', () => {
    const html = form([])
    expect(html).toMatch(/<form[^>]* action="\/admin\/statistik" method="get">/)
    expect(html).toContain('checked="" value="quarter"')
    expect(html).toMatch(/<option value="2026-Q1" selected="">2026 Q1<\/option>/)
    expect(html).toContain('name="through" value="2026-03-31"')
  })

  it('offers municipalities only when there is more than one to choose', () => {
    expect(form([{ id: 'm1', name: 'Stockholm' }])).not.toContain('name="municipality"')
    const cooperation = form([
      { id: 'm1', name: 'Stockholm' },
      { id: 'm2', name: 'Vaxholm' },
    ])
    expect(cooperation).toContain('name="municipality"')
    expect(cooperation).toMatch(/<option value="m2" selected="">Vaxholm<\/option>/)
  })
})
