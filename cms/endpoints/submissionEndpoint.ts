import type { Endpoint } from 'payload'
import type { z } from 'zod'

import { type FormSpec, submitForm } from '../useCases/submitForm'

/** A public form's POST endpoint: the whole flow is the `submitForm` use case. */
export const submissionEndpoint = <S extends z.ZodType<{ municipality: string; district?: string }>>(
  spec: FormSpec<S>,
): Endpoint => ({
  path: spec.path,
  method: 'post',
  handler: (req) => submitForm(req, spec),
})
