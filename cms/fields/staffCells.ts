import type { CollectionConfig, Field } from 'payload'

/** The cell a field shows in lists, where Payload's default would show a raw value; none if it is fine. */
function staffCell(field: Field): string | undefined {
  if (field.type === 'checkbox') return '/admin/cells#YesNoCell'
  if (field.type === 'text' && field.hasMany) return '/admin/cells#ListCell'
  if (field.type === 'relationship' && field.relationTo === 'users' && !field.hasMany)
    return '/admin/cells#PersonCell'
  return undefined
}

function withCell(field: Field): Field {
  if ('fields' in field && field.fields) return { ...field, fields: field.fields.map(withCell) } as Field
  const Cell = staffCell(field)
  if (!Cell || field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell } } } as Field
}

/**
 * Every list of a collection shows Ja/Nej for checkboxes, names for staff members and lists as
 * comma-separated words, never true, an id or a JSON array.
 */
export const withStaffCells = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(withCell),
})
