import { type InterestFormProps, InterestFormFields } from '../../../core/forms/components/InterestFormFields'
import type { FormTexts } from '../../../core/forms/texts'
import { FormIsland } from './FormIsland'

/** The interest island: same form, same schema as the endpoint, receipt on screen. */
export default function InterestForm({ texts, ...props }: InterestFormProps & { texts: FormTexts }) {
  return (
    <FormIsland
      form="interest"
      schema={() =>
        import('../../../core/forms/interestRegistration').then((m) => m.InterestRegistrationSchema)
      }
      Fields={InterestFormFields}
      texts={texts}
      props={props}
    />
  )
}
