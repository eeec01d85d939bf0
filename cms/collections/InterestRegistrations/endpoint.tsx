import { InterestFormFields } from '../../../core/forms/components/InterestFormFields'
import { InterestRegistrationSchema } from '../../../core/forms/interestRegistration'
import { text } from '../../../core/i18n/text'
import { submissionEndpoint } from '../../endpoints/submissionEndpoint'
import { receiptPathFor } from '../../endpoints/receipt'

/** POST /api/forms/interest: the interest registration, routed to the recruiting team(s). */
export const interestEndpoint = submissionEndpoint({
  path: '/forms/interest',
  collection: 'interest-registrations',
  schema: InterestRegistrationSchema,
  title: (locale) => text(locale, 'forms.interest.title'),
  renderForm: (props) => <InterestFormFields {...props} />,
  routing: (data) => ({ kind: 'interest', services: data.services }),
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
  receiptPath: receiptPathFor('interest'),
})
