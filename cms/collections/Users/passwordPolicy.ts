import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordMessage, passwordProblem } from '../../auth/passwordRule'

/** The operations that set a password: create (also first-user registration), update and reset. */
const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Refuses a weak new password wherever one is set. `beforeOperation` is the one hook that sees the
 * password on reset-password too (its `beforeValidate` gets the stored user, without it).
 */
export const refuseWeakPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (!SETS_PASSWORD.has(operation) || typeof password !== 'string') return
  const problem = passwordProblem(password)
  if (!problem) return
  const message = passwordMessage(problem, req.i18n?.language)
  // The account view hides its password fields after a failed save, leaving only the toast, which
  // names each invalid field by its label (split at commas): so the label carries the reason too.
  throw new ValidationError(
    { collection: collection.slug, errors: [{ message, label: message, path: 'password' }] },
    req.t,
  )
}
