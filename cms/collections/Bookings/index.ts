import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, nobodyField } from '../../access/roles'
import { notAnonymised, routedToOwnTeams } from '../../access/teams'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { anonymisedAtField, localeField } from '../../fields/submissionFields'
import { choices } from '../../fields/choices'
import { ATTENDANCES } from '../../../core/domain/seats'
import { cancelEndpoints } from './cancelEndpoint'
import { onlyCancelByStaff, releaseWhenCancelled, releaseWhenDeleted } from './hooks/cancel'
import { afterBookingCreated } from './hooks/created'
import { recordBookingDeletion } from './hooks/deleted'

const readOnly = { readOnly: true }
/** The ledger's own facts: changed only by the booking flow, which keeps the seat counts right. */
const ledgerFact = { update: nobodyField }
/** What the person gave and which team organises: an admin may correct it, a team may not move it. */
const adminOnly = { update: isAdminField }

export const BOOKING_STATUSES = {
  confirmed: label('collections.bookings.statuses.confirmed'),
  waitlisted: label('collections.bookings.statuses.waitlisted'),
  cancelled: label('collections.bookings.statuses.cancelled'),
} as const

/**
 * A seat (or two) at an information evening. Created only by the booking endpoint, which counts
 * seats in the evening's ledger; seen by the evening's organising team and admins.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: label('collections.bookings.singular'), plural: label('collections.bookings.plural') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'evening', 'status', 'seats', 'attendance', 'sequence'],
    listSearchableFields: ['reference'],
  },
  endpoints: cancelEndpoints,
  defaultSort: 'sequence',
  // Covers what the statistics count per evening (cms/statistics/evenings, public).
  indexes: [{ fields: ['evening', 'status', 'attendance', 'seats', 'interestRegistration'] }],
  access: {
    create: () => false,
    read: notAnonymised(routedToOwnTeams('recruiter', 'team')),
    update: notAnonymised(routedToOwnTeams('recruiter', 'team')),
    delete: notAnonymised(isAdmin),
  },
  hooks: {
    beforeChange: [onlyCancelByStaff],
    afterChange: [releaseWhenCancelled, afterBookingCreated],
    afterDelete: [releaseWhenDeleted, recordBookingDeletion],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: readOnly,
      access: ledgerFact,
      label: label('collections.bookings.fields.reference'),
    },
    {
      name: 'evening',
      type: 'relationship',
      relationTo: 'info-evenings',
      required: true,
      index: true,
      admin: readOnly,
      access: ledgerFact,
      label: label('collections.bookings.fields.evening'),
    },
    {
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      required: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: adminOnly,
      label: label('collections.bookings.fields.team'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(BOOKING_STATUSES),
      admin: { position: 'sidebar', description: label('collections.bookings.descriptions.status') },
      label: label('collections.bookings.fields.status'),
    },
    {
      name: 'sequence',
      type: 'number',
      required: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: ledgerFact,
      label: label('collections.bookings.fields.sequence'),
    },
    {
      name: 'seats',
      type: 'number',
      required: true,
      min: 1,
      max: 2,
      admin: readOnly,
      access: ledgerFact,
      label: label('collections.bookings.fields.seats'),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: readOnly,
      access: adminOnly,
      label: label('collections.bookings.fields.name'),
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      admin: readOnly,
      access: adminOnly,
      label: label('collections.bookings.fields.email'),
    },
    {
      name: 'phone',
      type: 'text',
      admin: readOnly,
      access: adminOnly,
      label: label('collections.bookings.fields.phone'),
    },
    {
      name: 'needs',
      type: 'textarea',
      admin: readOnly,
      access: adminOnly,
      label: label('collections.bookings.fields.needs'),
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: optionsOf(SERVICES),
      admin: readOnly,
      access: adminOnly,
      label: label('collections.bookings.fields.services'),
    },
    { ...localeField, access: adminOnly },
    {
      name: 'consentAt',
      type: 'date',
      required: true,
      admin: readOnly,
      access: ledgerFact,
      label: label('collections.bookings.fields.consentAt'),
    },
    {
      name: 'attendance',
      type: 'select',
      options: choices(ATTENDANCES, (value) => `collections.bookings.options.attendance.${value}`),
      admin: { position: 'sidebar' },
      label: label('collections.bookings.fields.attendance'),
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      admin: { position: 'sidebar', description: label('collections.bookings.descriptions.staffNotes') },
      label: label('collections.bookings.fields.staffNotes'),
    },
    {
      name: 'interestRegistration',
      type: 'relationship',
      relationTo: 'interest-registrations',
      admin: { readOnly: true, position: 'sidebar' },
      access: ledgerFact,
      label: label('collections.bookings.fields.interestRegistration'),
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      access: ledgerFact,
      label: label('collections.bookings.fields.reminderSentAt'),
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
    anonymisedAtField,
  ],
}
