import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withStaffCells } from '../../../../cms/fields/staffCells'

const cellOf = (field: Field) => {
  const [shown] = withStaffCells({ slug: 'things', fields: [field] } as CollectionConfig).fields
  return (shown as { admin?: { components?: { Cell?: string } } }).admin?.components?.Cell
}

describe('list cells as staff read them', () => {
  it.each([
    ['a checkbox shows Ja/Nej', { name: 'done', type: 'checkbox' }, '/admin/cells#YesNoCell'],
    [
      'a staff member shows a name',
      { name: 'by', type: 'relationship', relationTo: 'users' },
      '/admin/cells#PersonCell',
    ],
    [
      'several texts show as words',
      { name: 'references', type: 'text', hasMany: true },
      '/admin/cells#ListCell',
    ],
    ['one text is left as it is', { name: 'reference', type: 'text' }, undefined],
    [
      'several staff members are left to Payload',
      { name: 'team', type: 'relationship', relationTo: 'users', hasMany: true },
      undefined,
    ],
  ])('%s', (_, field, cell) => {
    expect(cellOf(field as Field)).toBe(cell)
  })
})
