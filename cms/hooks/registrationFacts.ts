import type { CollectionBeforeChangeHook } from 'payload'

import { type StoredTimeline, factsOf } from '../fields/registrationFacts'

type Doc = StoredTimeline & { anonymisedAt?: string | null; facts?: unknown }

/**
 * A hook that recomputes a submission's statistics facts (`compute`) on every write from the history
 * and contact log the write leaves (either may be absent from a partial update's data). An
 * anonymised record keeps the facts worked out while its details were whole.
 */
export const keepFacts =
  (compute: (doc: StoredTimeline) => object): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation }) => {
    const original = originalDoc as Doc | undefined
    if (original?.anonymisedAt || data.anonymisedAt) {
      const { facts: _kept, ...rest } = data
      return rest
    }
    const createdAt = data.createdAt ?? original?.createdAt ?? new Date().toISOString()
    const facts = compute({
      createdAt,
      history: data.history ?? original?.history,
      contactLog: data.contactLog ?? original?.contactLog,
    })
    return { ...data, ...(operation === 'create' ? { createdAt } : {}), facts }
  }

/** A registration's facts (fields/registrationFacts) follow every write. */
export const keepRegistrationFacts = keepFacts(factsOf)
