import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { receiptEndpoint } from '../../../../cms/endpoints/receipt'
import { interestConfirmation, retentionEscalation, teamWithdrawn } from '../../../../cms/mail/messages'

describe('the e-mails of withdrawal and retention', () => {
  it('give the volunteer their withdrawal link with the confirmation', () => {
    const withdrawUrl = 'https://cms.example.org/api/interest-registrations/withdraw?token=t'
    for (const locale of ['sv', 'en'] as const) {
      const mail = interestConfirmation({
        locale,
        reference: 'KP-1',
        phone: '08-1',
        evenings: [],
        stepsUrl: 'x',
        withdrawUrl,
      })
      expect(mail.text).toContain(withdrawUrl)
    }
  })

  it('tell the team of a withdrawal by reference and link only', () => {
    const mail = teamWithdrawn({
      reference: 'KP-2345-6789',
      teamName: 'Team',
      adminUrl: 'https://cms/admin/x',
    })
    expect(mail.subject).toContain('KP-2345-6789')
    expect(mail.text).toContain('https://cms/admin/x')
    expect(mail.text).toContain('inga personuppgifter')
  })

  it.each([
    [1, 'En ansökan har nått'],
    [2, '2 ansökningar har nått'],
  ])('escalate %i unclosed applications in one message, each by reference and link', (count, subject) => {
    const cases = Array.from({ length: count }, (_, i) => ({ reference: `AN-${i}`, url: `https://cms/${i}` }))
    const mail = retentionEscalation({ cases })
    expect(mail.subject).toContain(subject)
    for (const item of cases) expect(mail.text).toContain(`- ${item.reference}: ${item.url}`)
    expect(mail.text).toContain('raderas aldrig förrän den avslutats')
  })
})

describe('the receipt of an application for support', () => {
  it.each([
    ['sv', 'Vill du ta tillbaka ansökan ringer du'],
    ['en', 'To withdraw your application, call'],
  ])('says in %s how to withdraw it by phone', async (locale, said) => {
    const url = `http://localhost/api/forms/receipt?form=application&ref=KP-2345-6789&locale=${locale}`
    const response = await receiptEndpoint.handler({ url } as PayloadRequest)
    expect(await response.text()).toContain(said)
  })
})
