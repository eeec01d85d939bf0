import { personalLinkEndpoints } from '../../endpoints/personalLink'
import type { InterestRegistration } from '../../payload-types'
import { withdrawInterest } from '../../useCases/withdrawInterest'
import { INTEREST_ENDED } from '../../../core/domain/retention'

/**
 * The volunteer's personal withdrawal link from their confirmation e-mail: asks, withdraws once,
 * refuses an altered token. A registration that already ended has nothing left to withdraw.
 */
export const withdrawEndpoints = personalLinkEndpoints<InterestRegistration>({
  path: '/withdraw',
  purpose: 'withdraw-interest',
  texts: (key) => `cms.withdraw.${key}`,
  find: (req, id) =>
    req.payload.findByID({ collection: 'interest-registrations', id, depth: 0, req, disableErrors: true }),
  locale: (registration) => (registration.locale === 'en' ? 'en' : 'sv'),
  used: (registration) => (INTEREST_ENDED as readonly string[]).includes(registration.status),
  act: withdrawInterest,
})
