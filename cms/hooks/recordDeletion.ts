import type { CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { DeletedKind, DeletionRule } from '../../core/domain/retention'
import { idOf } from '../collections/relations'

/** What the retention job tells the hook through `context`: the rule that deleted the record. */
export type RetentionContext = { retentionRule?: DeletionRule }

type Facts = { reference: string; municipality?: unknown }

/**
 * Every deletion leaves a deletion record (reference, kind, rule, time, municipality) in the same
 * transaction: the retention job names its rule, anything else was deleted by an admin's hand.
 * `facts` picks the reference and municipality from the deleted document, nothing personal.
 */

export const recordDeletion =
  <Doc>(
    kind: DeletedKind,
    facts: (doc: Doc, req: PayloadRequest) => Facts | Promise<Facts>,
  ): CollectionAfterDeleteHook<Doc & { id: string | number }> =>
  async ({ doc, req, context }) => {
    const { reference, municipality } = await facts(doc, req)
    await req.payload.create({
      collection: 'deletion-records',
      data: {
        reference,
        kind,
        erasure: 'deleted',
        rule: (context as RetentionContext).retentionRule ?? 'by-hand',
        deletedAt: new Date().toISOString(),
        municipality: municipality ? idOf(municipality) : null,
      },
      req,
    })
    return doc
  }
