import { describe, expect, it } from 'vitest'

import { initialOf } from '../../../../cms/admin/InitialAvatar'
import { recipientsOf } from '../../../../cms/mail/outboxEmailAdapter'
import { htmlToText } from '../../../../cms/mail/plainText'

describe('plain text from the HTML of Payload’s own e-mails', () => {
  it.each([
    [
      // Payload's reset-password e-mail, as the forgot-password operation writes it.
      'Du får detta för att du har begärt återställning.\n    <a href="https://cms.example.org/admin/reset/abc123">https://cms.example.org/admin/reset/abc123</a>\n    Om du inte begärde detta, ignorera det.',
      'Du får detta för att du har begärt återställning.\nhttps://cms.example.org/admin/reset/abc123\nOm du inte begärde detta, ignorera det.',
    ],
    [
      '<p>Hej!</p><p>Klicka <a href="https://x.example/v?a=1&amp;b=2">här</a>.</p>',
      'Hej!\nKlicka här (https://x.example/v?a=1&b=2).',
    ],
    ['Rad ett<br>Rad två<br/>Rad&nbsp;tre', 'Rad ett\nRad två\nRad tre'],
    ['<style>p { color: red }</style><b>Fet</b> &lt;text&gt; &#229;&#xE4;', 'Fet <text> åä'],
    ['<p>a</p>\n\n\n\n<p>b</p>', 'a\n\nb'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })
})

describe('recipients of an e-mail Payload sends', () => {
  it.each([
    ['staff@example.org', ['staff@example.org']],
    ['Anna <anna@example.org>, bo@example.org', ['anna@example.org', 'bo@example.org']],
    [{ name: 'Anna', address: 'anna@example.org' }, ['anna@example.org']],
    [
      ['a@example.org', { name: 'B', address: 'b@example.org' }],
      ['a@example.org', 'b@example.org'],
    ],
    [undefined, []],
  ] as const)('%j', (to, expected) => {
    expect(recipientsOf(to as never)).toEqual(expected)
  })
})

describe('the avatar initial', () => {
  it.each([
    [{ name: 'åsa Berg', email: 'asa@example.org' }, 'Å'],
    [{ name: '  ', email: 'bo@example.org' }, 'B'],
    [{ name: null, email: 'émile@example.org' }, 'É'],
    [undefined, '?'],
  ])('%j → %s', (user, initial) => {
    expect(initialOf(user)).toBe(initial)
  })
})
