import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, nobodyField } from '../../access/roles'
import { routedToOwnTeams } from '../../access/teams'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { localeField } from '../../fields/submissionFields'
import { cancelEndpoints } from './cancelEndpoint'
import { onlyCancelByStaff, releaseWhenCancelled, releaseWhenDeleted } from './hooks/cancel'
import { afterBookingCreated } from './hooks/created'

const readOnly = { readOnly: true }
/** The ledger's own facts: changed only by the booking flow, which keeps the seat counts right. */
const ledgerFact = { update: nobodyField }
/** What the person gave and which team organises: an admin may correct it, a team may not move it. */
const adminOnly = { update: isAdminField }

export const BOOKING_STATUSES = {
  confirmed: { sv: 'Bekräftad', en: 'Confirmed' },
  waitlisted: { sv: 'Väntelista', en: 'Waitlisted' },
  cancelled: { sv: 'Avbokad', en: 'Cancelled' },
} as const

/**
 * A seat (or two) at an information evening. Created only by the booking endpoint, which counts
 * seats in the evening's ledger; seen by the evening's organising team and admins.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: { sv: 'Bokning', en: 'Booking' }, plural: { sv: 'Bokningar', en: 'Bookings' } },
  admin: { useAsTitle: 'reference', defaultColumns: ['reference', 'evening', 'status', 'seats', 'attendance', 'sequence'], listSearchableFields: ['reference'] },
  endpoints: cancelEndpoints,
  defaultSort: 'sequence',
  access: { create: () => false, read: routedToOwnTeams('recruiter', 'team'), update: routedToOwnTeams('recruiter', 'team'), delete: isAdmin },
  hooks: { beforeChange: [onlyCancelByStaff], afterChange: [releaseWhenCancelled, afterBookingCreated], afterDelete: [releaseWhenDeleted] },
  fields: [
    { name: 'reference', type: 'text', required: true, unique: true, index: true, admin: readOnly, access: ledgerFact, label: { sv: 'Referens', en: 'Reference' } },
    { name: 'evening', type: 'relationship', relationTo: 'info-evenings', required: true, index: true, admin: readOnly, access: ledgerFact, label: { sv: 'Informationskväll', en: 'Information evening' } },
    { name: 'team', type: 'relationship', relationTo: 'teams', required: true, index: true, admin: { readOnly: true, position: 'sidebar' }, access: adminOnly, label: { sv: 'Arrangerande team', en: 'Organising team' } },
    { name: 'status', type: 'select', required: true, index: true, options: optionsOf(BOOKING_STATUSES), admin: { position: 'sidebar', description: { sv: 'Personal kan bara avboka; platser delas ut i turordning.', en: 'Staff can only cancel; seats are given in order of arrival.' } }, label: { sv: 'Status', en: 'Status' } },
    { name: 'sequence', type: 'number', required: true, index: true, admin: { readOnly: true, position: 'sidebar' }, access: ledgerFact, label: { sv: 'Turordning', en: 'Order of arrival' } },
    { name: 'seats', type: 'number', required: true, min: 1, max: 2, admin: readOnly, access: ledgerFact, label: { sv: 'Platser', en: 'Seats' } },
    { name: 'name', type: 'text', required: true, admin: readOnly, access: adminOnly, label: { sv: 'Namn', en: 'Name' } },
    { name: 'email', type: 'email', required: true, index: true, admin: readOnly, access: adminOnly, label: { sv: 'E-post', en: 'E-mail' } },
    { name: 'phone', type: 'text', admin: readOnly, access: adminOnly, label: { sv: 'Telefon', en: 'Phone' } },
    { name: 'needs', type: 'textarea', admin: readOnly, access: adminOnly, label: { sv: 'Tillgänglighet eller tolk', en: 'Accessibility or interpretation' } },
    { name: 'services', type: 'select', hasMany: true, options: optionsOf(SERVICES), admin: readOnly, access: adminOnly, label: { sv: 'Intresserad av', en: 'Interested in' } },
    { ...localeField, access: adminOnly },
    { name: 'consentAt', type: 'date', required: true, admin: readOnly, access: ledgerFact, label: { sv: 'Samtycke lämnat', en: 'Consent given' } },
    {
      name: 'attendance',
      type: 'select',
      options: [{ value: 'attended', label: { sv: 'Kom', en: 'Attended' } }, { value: 'no-show', label: { sv: 'Uteblev', en: 'Did not come' } }],
      admin: { position: 'sidebar' },
      label: { sv: 'Närvaro', en: 'Attendance' },
    },
    { name: 'staffNotes', type: 'textarea', admin: { position: 'sidebar', description: { sv: 'Bara för teamet. Skriv inget som inte behövs för uppföljningen.', en: 'For the team only. Write nothing the follow-up does not need.' } }, label: { sv: 'Anteckningar', en: 'Notes' } },
    { name: 'interestRegistration', type: 'relationship', relationTo: 'interest-registrations', admin: { readOnly: true, position: 'sidebar' }, access: ledgerFact, label: { sv: 'Intresseanmälan', en: 'Interest registration' } },
    { name: 'reminderSentAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: ledgerFact, label: { sv: 'Påminnelse skickad', en: 'Reminder sent' } },
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: nobodyField, update: nobodyField } },
  ],
}
