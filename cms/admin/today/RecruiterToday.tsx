import { shortDuration } from '../../../core/domain/today'
import { staffDateTime } from '../../../core/i18n/format'
import { teamIdsOf } from '../../access/teams'
import { seatStore } from '../../collections/SeatLedgers/store'
import { documentPath } from '../whereQuery'
import type { RoleToday, SectionProps } from './Tile'
import { atRisk, myActionsDue, remindedUntouched, untouched, upcomingEvenings } from './queries'

const COLLECTION = 'interest-registrations'

/** How long the oldest untouched registration has waited, if any waits. */
async function oldestWait({ req, now, t }: SectionProps) {
  const { docs } = await req.payload.find({
    collection: COLLECTION,
    where: untouched(),
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs[0]
    ? t('cms.today.recruiter.oldest', { age: shortDuration(now.getTime() - Date.parse(docs[0].createdAt)) })
    : undefined
}

/** The next evenings of the user's teams, with their seats as the ledger counts them. */
async function NextEvenings({ req, now, locale, t }: SectionProps) {
  const { docs } = await req.payload.find({
    collection: 'info-evenings',
    where: upcomingEvenings(teamIdsOf(req.user), now),
    sort: 'startsAt',
    limit: 5,
    depth: 0,
    select: { topic: true, startsAt: true, capacity: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!docs.length) return <p>{t('cms.today.recruiter.noEvenings')}</p>
  // Each evening was read with the user's access above; its ledger holds only its counts.
  const ledgers = await Promise.all(docs.map((evening) => seatStore(req.payload).read(String(evening.id))))
  return (
    <ul className="today__evenings">
      {docs.map((evening, index) => {
        const ledger = ledgers[index]
        return (
          <li key={evening.id}>
            <a href={documentPath('info-evenings', evening.id)}>{evening.topic}</a>{' '}
            <span>{staffDateTime(locale, evening.startsAt)}</span>
            <span className="today__note">
              {ledger
                ? t('cms.today.recruiter.seats', {
                    booked: ledger.seatsConfirmed,
                    capacity: ledger.capacity,
                    waitlist: ledger.waitlistCount,
                  })
                : t('cms.today.recruiter.unpublished')}{' '}
              <a href={`/api/info-evenings/${evening.id}/attendees.csv`} download>
                {t('cms.today.recruiter.attendees')}
              </a>
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** The team's next evenings, under their own heading. */
function Evenings(props: SectionProps) {
  return (
    <>
      <h3>{props.t('cms.today.recruiter.evenings')}</h3>
      <NextEvenings {...props} />
    </>
  )
}

/** A recruiter's day: what nobody has touched, what was reminded or risks being lost, their own due actions. */
export const recruiterToday: RoleToday = {
  role: 'recruiter',
  title: 'cms.today.recruiter.title',
  tiles: async (props) => {
    const { req, now, t } = props
    const registrations = { collection: COLLECTION, sort: 'createdAt' } as const
    return [
      {
        ...registrations,
        where: untouched(),
        label: t('cms.today.recruiter.untouched'),
        note: await oldestWait(props),
      },
      { ...registrations, where: remindedUntouched(), label: t('cms.today.recruiter.reminded'), alert: true },
      { ...registrations, where: atRisk(), label: t('cms.today.recruiter.atRisk'), alert: true },
      {
        collection: COLLECTION,
        where: myActionsDue(req.user?.id ?? '', now),
        sort: 'nextActionAt',
        label: t('cms.today.recruiter.mine'),
      },
    ]
  },
  More: Evenings,
}
