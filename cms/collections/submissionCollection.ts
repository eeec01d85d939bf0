import type { CollectionBeforeChangeHook, CollectionConfig, CompoundIndex, Endpoint, Field } from 'payload'

import type { FormKind } from '../../core/domain/organisation'
import type { Locale } from '../../core/i18n/locales'
import { WORKED_BY } from '../access/roles'
import { submissionAccess } from '../access/teams'
import {
  caseWorkFields,
  lockedExceptCaseWork,
  statusField,
  submissionFields,
} from '../fields/submissionFields'
import { caseCardField } from '../fields/caseCard'
import { handOverEndpoint } from '../endpoints/handOver'
import { handOverPanel } from '../fields/staffPanels'
import { logAccess } from '../hooks/accessLog'
import { submissionExport } from '../endpoints/submissionExport'
import { notifyOnCreate } from '../hooks/notifyOnCreate'
import { recordDeletion } from '../hooks/recordDeletion'
import { statusHistory } from '../hooks/statusHistory'

type Labels = Record<Locale, string>

/** What the CSV export adds to a list's columns: where it was routed and how to reach the person. */
const EXPORTED = ['nextAction', 'routedTeams', 'municipality', 'district', 'atRisk', 'name', 'phone', 'email']

/** What tells one kind of public submission from the other; the rest is shared. */
type SubmissionSpec = {
  slug: 'interest-registrations' | 'applications'
  form: FormKind
  labels: { singular: Labels; plural: Labels }
  statuses: Record<string, Labels>
  statusLabel: Labels
  defaultColumns: string[]
  beforeChange?: CollectionBeforeChangeHook[]
  /** The kind's own endpoints, besides hand-over and export. */
  endpoints?: Endpoint[]
  /** What the person submitted, beyond the fields every submission carries. */
  fields: Field[]
  /** Compound indexes the kind's statistics read. */
  indexes?: CompoundIndex[]
}

/**
 * A collection of public submissions: created only by its form's endpoint, seen and followed up by
 * the teams it was routed to, oldest first, every status change kept in its history, every time
 * staff look at what the person wrote kept in the access log.
 */
export const submissionCollection = (spec: SubmissionSpec): CollectionConfig => ({
  slug: spec.slug,
  labels: spec.labels,
  admin: {
    useAsTitle: 'reference',
    defaultColumns: spec.defaultColumns,
    listSearchableFields: ['reference'],
    components: { beforeListTable: ['/admin/ListExport#ListExport'] },
    // A list reads only the columns on screen, so the access log knows whether it showed personal fields.
    enableListViewSelectAPI: true,
  },
  // The district cell names a district from the row's municipality, whichever columns are chosen.
  forceSelect: { municipality: true },
  endpoints: [
    handOverEndpoint(spec.slug),
    submissionExport(spec.slug, [...new Set([...spec.defaultColumns, ...EXPORTED])]),
    ...(spec.endpoints ?? []),
  ],
  // Oldest first: whoever has waited longest is at the top of the team's list.
  defaultSort: 'createdAt',
  enableQueryPresets: true,
  access: submissionAccess(WORKED_BY[spec.form]),
  indexes: spec.indexes,
  hooks: {
    beforeChange: [statusHistory, ...(spec.beforeChange ?? [])],
    afterChange: [notifyOnCreate(spec.form, spec.slug)],
    afterDelete: [
      recordDeletion<{ reference: string; municipality: unknown }>(
        spec.form === 'interest' ? 'interest-registration' : 'application',
        (doc) => doc,
      ),
    ],
    afterOperation: [logAccess(spec.slug)],
  },
  fields: [
    caseCardField(spec.form),
    ...lockedExceptCaseWork([
      ...submissionFields(),
      statusField(spec.statuses, spec.statusLabel),
      ...caseWorkFields(WORKED_BY[spec.form]),
      ...spec.fields,
    ]),
    handOverPanel,
  ],
})
