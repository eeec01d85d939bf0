import type { PayloadRequest } from 'payload'

import { BookingFormFields } from '../../core/forms/components/BookingFormFields'
import { type Booking, BookingSchema } from '../../core/forms/booking'
import { newReference } from '../../core/domain/reference'
import { translator } from '../../core/i18n/text'
import { findByIdempotencyKey } from '../collections/idempotency'
import { publicCreate } from '../collections/publicCreate'
import { idOf } from '../collections/relations'
import { seatStore } from '../collections/SeatLedgers/store'
import { inWriteTransaction } from '../config/writeTransaction'
import { acceptPost } from '../endpoints/acceptPost'
import { htmlResponse, sitePage } from '../endpoints/page'
import { receiptPath } from '../urls'

export type BookingResult = { reference: string; status: 'confirmed' | 'waitlisted' } | 'closed'

/**
 * Books seats at a published evening: the post is accepted as every form's is, the ledger gives
 * the place, the booking is stored, and the answer is 201 `{ reference, status }` (JSON) or 303
 * to a receipt (a plain post); 404 for no such evening; 409 when it takes no bookings.
 */
export async function bookSeat(req: PayloadRequest, eveningId: string): Promise<Response> {
  const evening = await req.payload.findByID({
    collection: 'info-evenings',
    id: eveningId,
    depth: 0,
    // Only what a booking needs; the description's rich text is not read on every post.
    select: { _status: true, topic: true, organizingTeam: true },
    req,
    disableErrors: true,
  })
  if (!evening || evening._status !== 'published')
    return Response.json({ errors: { form: 'Not found' } }, { status: 404 })
  const accepted = await acceptPost(req, BookingSchema, {
    name: 'bookings',
    title: (locale) => `${translator(locale)('forms.booking.title')}: ${evening.topic}`,
    renderForm: (props) => <BookingFormFields {...props} />,
  })
  if (!accepted.ok) return accepted.response
  const { data, locale, isJson, idempotencyKey } = accepted
  const result = await book(
    req,
    { id: eveningId, organizingTeam: evening.organizingTeam },
    { ...data, locale },
    idempotencyKey,
  )
  if (result !== 'closed') {
    return isJson
      ? Response.json(result, { status: 201 })
      : new Response(null, {
          status: 303,
          headers: { location: receiptPath(`booking-${result.status}`, result.reference, locale) },
        })
  }
  const t = translator(locale)
  if (isJson) return Response.json({ errors: { form: t('forms.booking.closed') } }, { status: 409 })
  return htmlResponse(
    await sitePage(
      req.payload,
      locale,
      t('forms.booking.title'),
      <>
        <h1>{evening.topic}</h1>
        <p className="notice">{t('forms.booking.closed')}</p>
      </>,
    ),
    409,
  )
}

/**
 * The ledger decides confirmed or waitlisted and the place in line in one atomic step, and the
 * booking is stored; on SQLite both in the booking's savepoint of one group commit, so they are
 * synced to disk once, with the rest of the batch, and undone together. A booking that fails gives
 * its seats back, so a count never includes a booking that does not exist. The same idempotency
 * key never books twice.
 */
export async function book(
  req: PayloadRequest,
  evening: { id: string; organizingTeam: unknown },
  data: Booking & { locale: 'sv' | 'en' },
  key?: string,
): Promise<BookingResult> {
  const byKey = async () =>
    key ? await findByIdempotencyKey(req, 'bookings', key, ['reference', 'status']) : undefined
  const answered = (doc: { reference: string; status: string }): BookingResult => ({
    reference: doc.reference,
    status: doc.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
  })
  const previous = await byKey()
  if (previous) return answered(previous)
  const store = seatStore(req.payload)
  try {
    return await inWriteTransaction(req, async (): Promise<BookingResult> => {
      const undoneWithTransaction = store.joinsTransactions && req.transactionID !== undefined
      const claim = await store.claim(evening.id, data.seats, new Date(), req)
      if (!claim) return 'closed'
      const reference = newReference()
      try {
        // The booking and its follow-up job (queued by its hook with this req) commit together.
        await publicCreate(req, 'bookings', {
          reference,
          evening: evening.id,
          team: idOf(evening.organizingTeam),
          status: claim.outcome,
          sequence: claim.sequence,
          seats: data.seats,
          name: data.name,
          email: data.email,
          phone: data.phone,
          needs: data.needs,
          services: data.services,
          locale: data.locale,
          consentAt: new Date().toISOString(),
          idempotencyKey: key,
        })
      } catch (error) {
        if (!undoneWithTransaction) await store.release(evening.id, data.seats, claim.outcome === 'confirmed')
        throw error
      }
      return { reference, status: claim.outcome }
    })
  } catch (error) {
    // A concurrent retry with the same key got there first: answer with its booking.
    const winner = await byKey()
    if (winner) return answered(winner)
    throw error
  }
}
