import { applicationFactsOf } from '../fields/applicationFacts'
import { keepFacts } from './registrationFacts'

/** An application's facts (fields/applicationFacts) follow every write. */
export const keepApplicationFacts = keepFacts(applicationFactsOf)
