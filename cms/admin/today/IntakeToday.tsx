import { CALL_BACK_WORKING_DAYS, callBackClock } from '../../../core/domain/today'
import { documentPath } from '../whereQuery'
import { Section, type SectionProps } from './Tile'
import { awaitingCallBack, escalatedApplications } from './queries'

/** How many of the oldest waiting applications are listed by name of reference. */
const LISTED = 10

/** Intake's day: who waits for a call-back, oldest first, against the time the receipt promised. */
export async function IntakeToday({ req, now, t }: SectionProps) {
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
  return (
    <Section
      id="intake"
      title={t('cms.today.intake.title')}
      req={req}
      tiles={[
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
      ]}
    >
      {docs.length ? (
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
      ) : (
        <p>{t('cms.today.intake.none')}</p>
      )}
    </Section>
  )
}
