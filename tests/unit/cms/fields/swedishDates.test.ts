import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { forStaff } from '../../../../cms/fields/swedishDates'

const dateOf = (fields: Field[]) => forStaff({ slug: 'things', fields } as CollectionConfig).fields

describe('date fields as staff read them', () => {
  it.each([
    [
      { pickerAppearance: 'dayAndTime' },
      { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeFormat: 'HH:mm' },
    ],
    [undefined, { displayFormat: 'd MMM yyyy' }],
    [{ pickerAppearance: 'dayOnly' }, { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }],
    [
      { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
      { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' },
    ],
  ] as const)('a date field with %j shows %j', (own, shown) => {
    const [field] = dateOf([{ name: 'at', type: 'date', admin: { date: own } } as Field])
    expect(field).toMatchObject({ name: 'at', type: 'date', admin: { date: shown } })
  })

  it('reaches date fields inside arrays, groups, rows and tabs, and leaves other fields alone', () => {
    const at = { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } } as Field
    const fields = dateOf([
      { name: 'history', type: 'array', fields: [{ name: 'status', type: 'text' }, at] },
      { type: 'row', fields: [{ name: 'meta', type: 'group', fields: [at] }] },
      { type: 'tabs', tabs: [{ label: 'One', fields: [at] }] },
    ])
    const formats = JSON.stringify(fields).match(/d MMM yyyy, HH:mm/g)
    expect(formats).toHaveLength(3)
    expect((fields[0] as { fields: Field[] }).fields[0]).toEqual({ name: 'status', type: 'text' })
  })

  it('hides the API tab, which shows a document as raw JSON with its ids and codes', () => {
    const shown = forStaff({ slug: 'things', admin: { useAsTitle: 'name' }, fields: [] } as CollectionConfig)
    expect(shown.admin).toEqual({ useAsTitle: 'name', hideAPIURL: true })
  })
})
