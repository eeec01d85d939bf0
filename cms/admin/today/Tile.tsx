import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { ReactNode } from 'react'

import type { Locale } from '../../../core/i18n/locales'
import type { TextKey, translator } from '../../../core/i18n/text'
import type { Role } from '../../access/roles'
import { listPath } from '../whereQuery'

/** What every section of the Today view is drawn from: the signed-in request, the time and the texts. */
export type SectionProps = {
  req: PayloadRequest
  now: Date
  locale: Locale
  t: ReturnType<typeof translator>
}

/** How many documents the signed-in user may see that match: their own access decides, nothing is loaded. */
async function countFor(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<number> {
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
function Tile(props: { count: number; label: string; href?: string; note?: ReactNode; alert?: boolean }) {
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

/** One count of the Today view: a collection's list under `where`, linked to that very list. */
export type TileSpec = {
  collection: CollectionSlug
  where: Where
  label: string
  sort?: string
  note?: ReactNode
  alert?: boolean
}

async function CountTile({ req, collection, where, sort, ...shown }: TileSpec & { req: PayloadRequest }) {
  const count = await countFor(req, collection, where)
  return <Tile count={count} href={listPath(collection, where, sort)} {...shown} />
}

/** A row of counts, each read with the signed-in user's access. */
function Tiles({ req, tiles }: { req: PayloadRequest; tiles: TileSpec[] }) {
  return (
    <ul className="today__tiles">
      {tiles.map((tile) => (
        <CountTile key={tile.label} req={req} {...tile} />
      ))}
    </ul>
  )
}

/** One role's part of the Today view, as data: its heading, its counts, then whatever else it reads. */
export type RoleToday = {
  role: Role
  title: TextKey
  tiles: (props: SectionProps) => TileSpec[] | Promise<TileSpec[]>
  More: (props: SectionProps) => ReactNode | Promise<ReactNode>
}

/** One role's part of the Today view: its counts first, then whatever else the role reads. */
export async function Section({ today, props }: { today: RoleToday; props: SectionProps }) {
  const { role, title, tiles, More } = today
  return (
    <section className="today__section" aria-labelledby={`today-${role}`}>
      <h2 id={`today-${role}`}>{props.t(title)}</h2>
      <Tiles req={props.req} tiles={await tiles(props)} />
      <More {...props} />
    </section>
  )
}
