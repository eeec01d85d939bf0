import { staffDateTime } from '../../../core/i18n/format'
import type { SectionProps } from './Tile'

/** The static site's last build as the rebuild job recorded it, under its own heading. */
export function BuildStatus(props: SectionProps) {
  return (
    <>
      <h3>{props.t('cms.today.build.title')}</h3>
      <LastBuild {...props} />
    </>
  )
}

/** A failed build is shown with its reason and when the site last built. */
async function LastBuild({ req, locale, t }: SectionProps) {
  const build = await req.payload.findGlobal({
    slug: 'site-build',
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!build.at) return <p>{t('cms.today.build.never')}</p>
  const at = staffDateTime(locale, build.at)
  if (build.outcome === 'failed')
    return (
      <div className="today__build today__build--failed" role="status">
        <strong>{t('cms.today.build.failed', { at })}</strong> <span>{build.failure}</span>
        {build.lastRequestedAt ? (
          <p>{t('cms.today.build.lastGood', { at: staffDateTime(locale, build.lastRequestedAt) })}</p>
        ) : null}
      </div>
    )
  return <p className="today__build">{t('cms.today.build.requested', { at })}</p>
}
