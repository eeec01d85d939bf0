import { CALL_BACK_WORKING_DAYS, callBackClock } from '../../../core/domain/today'
import { documentPath } from '../whereQuery'
import type { RoleToday, SectionProps } from './Tile'
import { awaitingCallBack, escalatedApplications } from './queries'

/** How many of the oldest waiting applications are listed by name of reference. */
const LISTED = 10

/** The oldest waiting applications, each against the time the receipt promised. */
async function Waiting({ req, now, t }: SectionProps) {
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: awaitingCallBack(),
    sort: 'createdAt',
    limit: LISTED,
    depth: 0,
    select: { reference: true, createdAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!docs.length) return <p>{t('cms.today.intake.none')}</p>
  return (
    <ol className="today__queue">
      {docs.map((application) => {
        const clock = callBackClock(application.createdAt, now)
        return (
          <li key={application.id} className={clock.overdue ? 'today__late' : undefined}>
            <a href={documentPath('applications', application.id)}>{application.reference}</a>{' '}
            <span>
              {t(clock.overdue ? 'cms.today.intake.overdue' : 'cms.today.intake.left', {
                time: clock.span,
              })}
            </span>
          </li>
        )
      })}
    </ol>
  )
}

/** Intake's day: who waits for a call-back, oldest first, against the time the receipt promised. */
export const intakeToday: RoleToday = {
  role: 'intake',
  title: 'cms.today.intake.title',
  tiles: ({ t }) => [
    {
      collection: 'applications',
      where: awaitingCallBack(),
      sort: 'createdAt',
      label: t('cms.today.intake.waiting'),
      note: t('cms.today.intake.promise', { days: CALL_BACK_WORKING_DAYS }),
    },
    {
      collection: 'applications',
      where: escalatedApplications(),
      sort: 'createdAt',
      label: t('cms.today.intake.escalated'),
      note: t('cms.today.intake.escalatedNote'),
      alert: true,
    },
  ],
  More: Waiting,
}
