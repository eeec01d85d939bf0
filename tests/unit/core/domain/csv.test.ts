import { describe, expect, it } from 'vitest'

import { toCsv } from '../../../../core/domain/csv'

describe('the attendee CSV', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    expect(
      toCsv(
        ['Namn', 'Behov'],
        [
          ['Ada, Bo', 'Säger "hej"'],
          ['=HYPERLINK("x")', null],
          ['Cia', 'rad ett\nrad två'],
        ],
      ),
    ).toBe('Namn,Behov\r\n"Ada, Bo","Säger ""hej"""\r\n"\'=HYPERLINK(""x"")",\r\nCia,"rad ett\nrad två"\r\n')
  })
})
