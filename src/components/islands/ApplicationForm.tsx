import {
  type ApplicationFormProps,
  ApplicationFormFields,
} from '../../../core/forms/components/ApplicationFormFields'
import { FormIsland } from './FormIsland'

/** The application island: same form, same schema as the endpoint, receipt on screen. */
export default function ApplicationForm(props: ApplicationFormProps) {
  return (
    <FormIsland
      form="application"
      schema={() => import('../../../core/forms/application').then((m) => m.ApplicationSchema)}
      Fields={ApplicationFormFields}
      props={props}
    />
  )
}
