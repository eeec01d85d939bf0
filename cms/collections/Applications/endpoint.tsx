import { ApplicationFormFields } from '../../../core/forms/components/ApplicationFormFields'
import { ApplicationSchema } from '../../../core/forms/application'
import { text } from '../../../core/i18n/text'
import { submissionEndpoint } from '../../endpoints/submissionEndpoint'
import { receiptPathFor } from '../../endpoints/receipt'

/** POST /api/forms/application: an application for support, routed to the intake team. */
export const applicationEndpoint = submissionEndpoint({
  path: '/forms/application',
  collection: 'applications',
  schema: ApplicationSchema,
  title: (locale) => text(locale, 'forms.application.title'),
  renderForm: (props) => <ApplicationFormFields {...props} />,
  routing: (data) => ({
    kind: 'application',
    services: [data.service],
    applicant: {
      for: data.applicant === 'self' ? 'adult' : (data.forWhom ?? 'child'),
      disability: data.disability,
    },
  }),
  document: async ({ consent: _, municipality: __, district: ___, forWhom, ...fields }) => ({
    ...fields,
    forWhom: fields.applicant === 'guardian' ? forWhom : undefined,
  }),
  receiptPath: receiptPathFor('application'),
})
