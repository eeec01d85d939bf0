import type { UIField } from 'payload'

import type { FormKind } from '../../core/domain/organisation'
import { label } from '../../core/i18n/text'

/** The case card at the top of a submission: what it is, where it stands, what comes next. */
export const caseCardField = (kind: FormKind): UIField => ({
  name: 'caseCard',
  type: 'ui',
  label: label('cms.caseCard.label'),
  admin: {
    components: { Field: { path: '/admin/caseCard/CaseCard#CaseCard', serverProps: { kind } } },
    disableListColumn: true,
  },
})
