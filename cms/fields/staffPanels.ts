import type { UIField } from 'payload'

import { label } from '../../core/i18n/text'

/** Only a stored record can be handed over or have others linked to it. */
const stored = (data: Partial<Record<string, unknown>>) => Boolean(data?.id)

/** Handing the record to another team; the component shows itself only to those who may. */
export const handOverPanel: UIField = {
  name: 'handOver',
  type: 'ui',
  label: label('cms.handOver.heading'),
  admin: {
    position: 'sidebar',
    condition: stored,
    components: { Field: '/admin/HandOver#HandOver' },
  },
}

/** The same person's other registrations and bookings in the municipality, read-only. */
export const linkedRecordsPanel: UIField = {
  name: 'linkedRecords',
  type: 'ui',
  label: label('cms.linkedRecords.heading'),
  admin: {
    condition: stored,
    components: { Field: '/admin/LinkedRecords#LinkedRecords' },
  },
}
