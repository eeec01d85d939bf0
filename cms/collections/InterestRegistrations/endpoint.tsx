import { InterestFormFields } from '../../../core/forms/components/InterestFormFields'
import { InterestRegistrationSchema } from '../../../core/forms/interestRegistration'
import { submissionEndpoint } from '../../endpoints/submissionEndpoint'

/** POST /api/forms/interest: the interest registration, routed to the recruiting team(s). */
export const interestEndpoint = submissionEndpoint({
  form: 'interest',
  collection: 'interest-registrations',
  schema: InterestRegistrationSchema,
  renderForm: (props) => <InterestFormFields {...props} />,
  routing: (data) => ({ services: data.services }),
  document: async ({ consent: _, campaign, municipality: __, district: ___, ...fields }, req) => {
    const found = campaign
      ? await req.payload.find({
          collection: 'campaigns',
          where: { slug: { equals: campaign } },
          depth: 0,
          limit: 1,
          req,
        })
      : null
    return { ...fields, campaign: found?.docs[0]?.id }
  },
})
