import type { Field } from 'payload'

/** Fields the seeder uses to recognise its own documents; invisible to editors and the public. */
export const seedStampField: Field = {
  name: 'seed',
  type: 'group',
  admin: { hidden: true },
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'key', type: 'text', index: true },
    { name: 'hash', type: 'text' },
    { name: 'editedInCms', type: 'checkbox', defaultValue: false },
  ],
}

type Stamped = { seed?: { key?: string | null } | null }

/** Any change not made by the seeder marks a seeded document as edited, so reseeding keeps it. */
export function markEditedUnlessSeeding<T extends Stamped>(
  data: T,
  original: Stamped | undefined,
  context: Record<string, unknown>,
): T {
  if (context.seeding || !original?.seed?.key) return data
  return { ...data, seed: { ...original.seed, ...data.seed, editedInCms: true } }
}

/** beforeChange hook for every seeded collection and global. */
export const trackCmsEdits = <T extends Stamped>(args: {
  data: T
  originalDoc?: Stamped
  req: { context: Record<string, unknown> }
}) => markEditedUnlessSeeding(args.data, args.originalDoc, args.req.context)
