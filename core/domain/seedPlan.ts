/** What the seeder last wrote into a document, stored on the document itself. */
export type SeedStamp = {
  key?: string | null
  hash?: string | null
  editedInCms?: boolean | null
}

export type SeedAction = 'create' | 'update' | 'unchanged' | 'keep-edited'

/**
 * The seed never overwrites work done in the CMS: a document someone has edited is kept as it is,
 * and one that still holds exactly the seeded content is left alone, so a second run changes nothing.
 */
export function planSeed(existing: SeedStamp | undefined, incomingHash: string): SeedAction {
  if (!existing) return 'create'
  if (existing.editedInCms) return 'keep-edited'
  if (existing.hash === incomingHash) return 'unchanged'
  return 'update'
}
