import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { ReactNode } from 'react'

import type { Locale } from '../../../core/i18n/locales'
import type { translator } from '../../../core/i18n/text'
import { listPath } from '../whereQuery'

/** What every section of the Today view is drawn from: the signed-in request, the time and the texts. */
export type SectionProps = {
  req: PayloadRequest
  now: Date
  locale: Locale
  t: ReturnType<typeof translator>
}

/** How many documents the signed-in user may see that match: their own access decides, nothing is loaded. */
export async function countFor(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection,
    where,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return totalDocs
}

/** One count, linking to the list it counts, with an optional line under it. */
export function Tile(props: {
  count: number
  label: string
  href?: string
  note?: ReactNode
  alert?: boolean
}) {
  const body = (
    <>
      <span className="today__count">{props.count}</span> <span className="today__label">{props.label}</span>
    </>
  )
  return (
    <li className={`today__tile${props.alert && props.count ? ' today__tile--alert' : ''}`}>
      {props.href ? <a href={props.href}>{body}</a> : <span>{body}</span>}
      {props.note ? <span className="today__note">{props.note}</span> : null}
    </li>
  )
}

/** A tile counting one collection's list under `where`, and linking to that very list. */
export async function CountTile(props: {
  req: PayloadRequest
  collection: CollectionSlug
  where: Where
  label: string
  sort?: string
  note?: ReactNode
  alert?: boolean
}) {
  const count = await countFor(props.req, props.collection, props.where)
  return (
    <Tile
      count={count}
      label={props.label}
      href={listPath(props.collection, props.where, props.sort)}
      note={props.note}
      alert={props.alert}
    />
  )
}

/** A titled group of tiles, one per role. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="today__section" aria-labelledby={`today-${id}`}>
      <h2 id={`today-${id}`}>{title}</h2>
      {children}
    </section>
  )
}
