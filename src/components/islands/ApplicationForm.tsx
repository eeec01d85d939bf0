import { ApplicationSchema } from '../../../core/forms/application'
import {
  type ApplicationFormProps,
  ApplicationFormFields,
} from '../../../core/forms/components/ApplicationFormFields'
import { FormIsland } from './FormIsland'

/** The application island: same form, same schema as the endpoint, receipt on screen. */
export default function ApplicationForm(props: ApplicationFormProps) {
  return (
    <FormIsland form="application" schema={ApplicationSchema} Fields={ApplicationFormFields} props={props} />
  )
}
