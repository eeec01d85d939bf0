import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { receiptEndpoint } from '../../../../cms/endpoints/receipt'

const status = async (query: string) =>
  (await receiptEndpoint.handler({ url: `http://localhost/api/forms/receipt?${query}` } as PayloadRequest))
    .status

describe('the receipt page of a plain form post', () => {
  it.each(['form=toString', 'form=__proto__', 'form=constructor', 'form=hasOwnProperty', 'form=nope', ''])(
    'answers 404 to %j with a well-formed reference',
    async (query) => {
      expect(await status(`${query}&ref=KP-2345-6789`)).toBe(404)
    },
  )

  it('answers 404 to a known form with a reference that is not one', async () => {
    expect(await status('form=interest&ref=<script>')).toBe(404)
  })
})
