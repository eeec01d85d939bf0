import { ApplicationFormFields } from '../../../core/forms/components/ApplicationFormFields'
import { ApplicationSchema } from '../../../core/forms/application'
import { submissionEndpoint } from '../../endpoints/submissionEndpoint'

/** POST /api/forms/application: an application for support, routed to the intake team. */
export const applicationEndpoint = submissionEndpoint({
  form: 'application',
  collection: 'applications',
  schema: ApplicationSchema,
  renderForm: (props) => <ApplicationFormFields {...props} />,
  routing: (data) => ({
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
})
