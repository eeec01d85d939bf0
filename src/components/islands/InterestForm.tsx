import { type InterestFormProps, InterestFormFields } from '../../../core/forms/components/InterestFormFields'
import { FormIsland } from './FormIsland'

/** The interest island: same form, same schema as the endpoint, receipt on screen. */
export default function InterestForm(props: InterestFormProps) {
  return (
    <FormIsland
      form="interest"
      schema={() =>
        import('../../../core/forms/interestRegistration').then((m) => m.InterestRegistrationSchema)
      }
      Fields={InterestFormFields}
      props={props}
    />
  )
}
