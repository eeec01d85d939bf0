import {
  type ApplicationFormProps,
  ApplicationFormFields,
} from '../../../core/forms/components/ApplicationFormFields'
import type { FormTexts } from '../../../core/forms/texts'
import { FormIsland } from './FormIsland'

/** The application island: same form, same schema as the endpoint, receipt on screen. */
export default function ApplicationForm({ texts, ...props }: ApplicationFormProps & { texts: FormTexts }) {
  return (
    <FormIsland
      form="application"
      schema={() => import('../../../core/forms/application').then((m) => m.ApplicationSchema)}
      Fields={ApplicationFormFields}
      texts={texts}
      props={props}
    />
  )
}
