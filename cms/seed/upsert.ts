import type { CollectionSlug, Payload } from 'payload'

import { type SeedAction, planSeed } from '../../core/domain/seedPlan'

export type SeedReport = Record<SeedAction, string[]>
export const emptyReport = (): SeedReport => ({ create: [], update: [], unchanged: [], 'keep-edited': [] })

// The seeder writes as the system; the flag tells the edit-tracking hook this is not an editor.
export const seedContext = { seeding: true }

/**
 * Finds the document the seeder made for `key` and decides, with `planSeed`, whether to write it.
 * `write` receives the existing id (or none) and returns the id it wrote; nothing else is touched.
 */
export async function upsertSeeded(
  payload: Payload,
  collection: CollectionSlug,
  key: string,
  hash: string,
  report: SeedReport,
  write: (
    existingId: string | undefined,
    stamp: { key: string; hash: string; editedInCms: false },
  ) => Promise<string>,
): Promise<{ id: string; action: SeedAction }> {
  const { docs } = await payload.find({
    collection,
    where: { 'seed.key': { equals: key } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  const existing = docs[0] as
    { id: string | number; seed?: { hash?: string | null; editedInCms?: boolean | null } } | undefined
  const action = planSeed(existing?.seed ?? undefined, hash)
  report[action].push(`${collection}:${key}`)
  const id =
    action === 'create' || action === 'update'
      ? await write(existing ? String(existing.id) : undefined, { key, hash, editedInCms: false })
      : String(existing?.id)
  return { id, action }
}

/**
 * Seeds a document with a Swedish and an English version (see `upsertSeeded`); the Swedish one
 * carries the seed stamp.
 */
export function seedBothLocales(
  payload: Payload,
  report: SeedReport,
  { collection, key, hash }: { collection: CollectionSlug; key: string; hash: string },
  versions: { sv: Record<string, unknown>; en: Record<string, unknown> },
): Promise<{ id: string; action: SeedAction }> {
  return upsertSeeded(payload, collection, key, hash, report, (existingId, seed) =>
    writeBothLocales(payload, collection, existingId, { ...versions.sv, seed }, versions.en),
  )
}

/**
 * Writes a document's Swedish version (creating it when there is no id), then its English
 * fields on the same document. Returns the id.
 */
async function writeBothLocales(
  payload: Payload,
  collection: CollectionSlug,
  existingId: string | undefined,
  sv: Record<string, unknown>,
  en: Record<string, unknown>,
): Promise<string> {
  const options = { collection, locale: 'sv' as const, context: seedContext }
  const doc = existingId
    ? await payload.update({ ...options, id: existingId, data: sv })
    : await payload.create({ ...options, data: sv })
  await payload.update({ collection, id: doc.id, locale: 'en', context: seedContext, data: en })
  return String(doc.id)
}
