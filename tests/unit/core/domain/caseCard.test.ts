import { describe, expect, it } from 'vitest'

import { ageText, contactLine, historyLine, routingLines } from '../../../../core/domain/caseCard'

const names = {
  users: { anna: 'Anna Berg' },
  teams: { t1: 'Södermalm – barn och unga (SoL)', t2: 'Södermalm LSS' },
}

describe('the age of a case', () => {
  it.each([
    ['2026-11-25T06:00:00Z', 'sv', 'i dag'],
    ['2026-11-24T23:30:00Z', 'sv', 'i dag'], // 00:30 on the 25th in Stockholm
    ['2026-11-24T12:00:00Z', 'sv', '1 dag sedan'],
    ['2026-11-22T12:00:00Z', 'sv', '3 dagar sedan'],
    ['2026-11-22T12:00:00Z', 'en', '3 days ago'],
  ] as const)('age of a case received %s (%s): %s', (createdAt, locale, expected) => {
    expect(ageText(locale, createdAt, new Date('2026-11-25T10:00:00Z'))).toBe(expected)
  })
})

describe('history lines', () => {
  const at = '2026-11-25T07:46:00.000Z'
  it.each([
    [
      'a status change',
      { status: 'contacted', at, by: 'anna' },
      'sv',
      '2026-11-25 08:46 — Kontaktad — Anna Berg',
    ],
    ['in English', { status: 'contacted', at, by: 'anna' }, 'en', '2026-11-25 08:46 — Contacted — Anna Berg'],
    ['arrival (no author)', { status: 'new', at, by: null }, 'sv', '2026-11-25 08:46 — Ny — Portalen'],
    [
      'by someone the reader may not see',
      { status: 'information-evening', at, by: 'x' },
      'sv',
      '2026-11-25 08:46 — Informationskväll — Personal i ett annat team',
    ],
    [
      'a hand-over with its reason',
      { status: 'new', at, by: 'anna', fromTeam: 't1', toTeam: 't2', reason: 'Gäller LSS' },
      'sv',
      '2026-11-25 08:46 — Överlämnad från Södermalm – barn och unga (SoL) till Södermalm LSS: Gäller LSS — Anna Berg',
    ],
    [
      'a hand-over to a team the reader cannot name',
      { status: 'new', at, by: 'anna', fromTeam: 't1', toTeam: 't9' },
      'en',
      '2026-11-25 08:46 — Handed over from Södermalm – barn och unga (SoL) to another team — Anna Berg',
    ],
  ] as const)('%s', (_, entry, locale, expected) => {
    expect(historyLine(locale, 'interest', entry, names)).toBe(expected)
  })

  it('names an application status from its own pipeline', () => {
    expect(historyLine('sv', 'application', { status: 'closed', at, by: 'anna' }, names)).toBe(
      '2026-11-25 08:46 — Avslutad — Anna Berg',
    )
  })
})

describe('contact-log lines', () => {
  const at = '2026-11-25T07:46:00.000Z'
  it.each([
    [
      { kind: 'call-attempt', at, by: 'anna', note: 'Ringer i morgon' },
      'sv',
      '25 nov. 2026 08:46 — Ringt, inget svar — Anna Berg — Ringer i morgon',
    ],
    [
      { kind: 'reached', at, by: 'anna', note: '' },
      'sv',
      '25 nov. 2026 08:46 — Pratat med personen — Anna Berg',
    ],
    [{ kind: 'email-sent', at, by: 'anna' }, 'en', '25 Nov 2026 08:46 — E-mail sent — Anna Berg'],
  ] as const)('%j in %s', (entry, locale, expected) => {
    expect(contactLine(locale, entry, names)).toBe(expected)
  })
})

describe('the routing explanation in words', () => {
  it.each([
    [
      'contact-family: district → t1',
      'sv',
      ['Kontaktfamilj: Södermalm – barn och unga (SoL), som har hand om Södermalm.'],
    ],
    [
      'contact-family: district → t1\nlss-short-break-family: municipality → t2',
      'en',
      [
        'Contact family: Södermalm – barn och unga (SoL), who cover Södermalm.',
        'Short-break family (LSS): Södermalm LSS, who cover the whole municipality.',
      ],
    ],
    [
      'not-sure: fallback → t2',
      'sv',
      ['Vet inte: inget team tar emot det här, så det gick till kommunens reservteam Södermalm LSS.'],
    ],
    [
      'skkp: central',
      'sv',
      [
        'Särskilt kvalificerad kontaktperson: inget team matchade, så det väntar i den centrala kön hos administratörerna.',
      ],
    ],
    [
      'Bokade en informationskväll hos det arrangerande teamet.',
      'sv',
      ['Bokade en informationskväll hos det arrangerande teamet.'],
    ],
    [null, 'sv', []],
  ] as const)('%j (%s)', (stored, locale, expected) => {
    expect(routingLines(locale, stored, { ...names, district: 'Södermalm' })).toEqual(expected)
  })
})
