import type { Endpoint } from 'payload'
import type { z } from 'zod/mini'

import { type FormSpec, submitForm } from '../useCases/submitForm'
import { formPath } from '../urls'

/** A public form's POST endpoint: the whole flow is the `submitForm` use case. */
export const submissionEndpoint = <S extends z.ZodMiniType<{ municipality: string; district?: string }>>(
  spec: FormSpec<S>,
): Endpoint => ({
  path: formPath(spec.form),
  method: 'post',
  handler: (req) => submitForm(req, spec),
})
