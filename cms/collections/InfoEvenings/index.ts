import type { CollectionConfig } from 'payload'

import { previewUrl } from '../../urls'
import { seedStampField } from '../../fields/seedStamp'
import { createsForOwnTeam, municipalityOfOrganisingTeam, ownTeamsEvenings } from '../../access/evenings'
import { isAdmin, isAdminField, publishedOrStaff, staffOnlyField } from '../../access/roles'
import { teamIdsOf } from '../../access/teams'
import { EVENING_LANGUAGES, EVENING_STATUSES, optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { publishedDocumentHooks } from '../../hooks/rebuild'
import { bookingEndpoint } from '../Bookings/endpoint'
import { attendeesCsvEndpoint } from '../Bookings/exportEndpoint'
import { availabilityField, seatsEndpoint } from './availability'
import { noticeBookersOfChange } from './hooks/noticeBookers'
import { mirrorSeats } from './hooks/seats'
import { eveningSlug } from './hooks/slug'

export const InfoEvenings: CollectionConfig = {
  slug: 'info-evenings',
  labels: {
    singular: label('collections.infoEvenings.singular'),
    plural: label('collections.infoEvenings.plural'),
  },
  admin: {
    livePreview: { url: previewUrl('info-evenings') },
    useAsTitle: 'topic',
    defaultColumns: ['topic', 'startsAt', 'municipality', 'status', '_status'],
  },
  // Cancelling is a status change that tells every booker; deleting is for admins only.
  access: { read: publishedOrStaff, create: createsForOwnTeam, update: ownTeamsEvenings, delete: isAdmin },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: publishedDocumentHooks(mirrorSeats, noticeBookersOfChange),
  endpoints: [bookingEndpoint, seatsEndpoint, attendeesCsvEndpoint],
  defaultSort: 'startsAt',
  fields: [
    {
      name: 'topic',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.infoEvenings.fields.topic'),
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: label('collections.infoEvenings.fields.slug'),
      hooks: { beforeValidate: [eveningSlug] },
      admin: { position: 'sidebar', description: label('collections.infoEvenings.descriptions.slug') },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('collections.infoEvenings.fields.description'),
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      validate: municipalityOfOrganisingTeam,
      label: label('collections.infoEvenings.fields.municipality'),
    },
    {
      name: 'organizingTeam',
      type: 'relationship',
      relationTo: 'teams',
      required: true,
      // Only admins move an evening to another team; staff pick one of their own when they create it.
      access: { update: isAdminField },
      filterOptions: ({ req }) =>
        req.user && !req.user.roles?.includes('admin') ? { id: { in: teamIdsOf(req.user) } } : true,
      label: label('collections.infoEvenings.fields.organizingTeam'),
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      label: label('collections.infoEvenings.fields.startsAt'),
      admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
    },
    {
      name: 'durationMinutes',
      type: 'number',
      required: true,
      min: 15,
      max: 480,
      defaultValue: 90,
      label: label('collections.infoEvenings.fields.durationMinutes'),
    },
    {
      name: 'online',
      type: 'checkbox',
      defaultValue: false,
      label: label('collections.infoEvenings.fields.online'),
    },
    {
      name: 'place',
      type: 'text',
      label: label('collections.infoEvenings.fields.place'),
      admin: { condition: (data) => !data?.online },
    },
    {
      name: 'accessibilityNotes',
      type: 'textarea',
      localized: true,
      label: label('collections.infoEvenings.fields.accessibilityNotes'),
      admin: { condition: (data) => !data?.online },
    },
    {
      name: 'onlineLink',
      type: 'text',
      label: label('collections.infoEvenings.fields.onlineLink'),
      // Given only to confirmed bookers, never published on the site.
      access: { read: staffOnlyField },
      admin: { condition: (data) => Boolean(data?.online) },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'sv',
      options: optionsOf(EVENING_LANGUAGES),
      label: label('collections.infoEvenings.fields.language'),
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      max: 1000,
      label: label('collections.infoEvenings.fields.capacity'),
    },
    {
      name: 'bookingsCloseHoursBefore',
      type: 'number',
      min: 0,
      max: 168,
      defaultValue: 2,
      label: label('collections.infoEvenings.fields.bookingsCloseHoursBefore'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: optionsOf(EVENING_STATUSES),
      label: label('collections.infoEvenings.fields.status'),
      admin: { position: 'sidebar' },
    },
    availabilityField,
    {
      name: 'bookings',
      type: 'join',
      collection: 'bookings',
      on: 'evening',
      label: label('collections.infoEvenings.fields.bookings'),
      // Only staff get the list; within it, the bookings collection's own access decides the rows.
      access: { read: staffOnlyField },
      admin: {
        defaultColumns: ['reference', 'status', 'seats', 'needs', 'attendance', 'sequence'],
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      name: 'attendeeExport',
      type: 'ui',
      admin: {
        condition: (data) => Boolean(data?.id),
        components: { Field: '/admin/AttendeeExport#AttendeeExport' },
      },
    },
    seedStampField,
  ],
}
