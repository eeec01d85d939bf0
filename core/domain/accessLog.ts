type Env = Record<string, string | undefined>

/**
 * How staff came to see a record: its edit view in the admin, a list in the admin, the REST API
 * (one record by id, or a list), the CSV export, or an access request (GDPR art. 15).
 */
export const ACCESS_SURFACES = ['view', 'list', 'api-read', 'api-list', 'export', 'access-request'] as const
export type AccessSurface = (typeof ACCESS_SURFACES)[number]

/** The collections whose reads are logged: what people wrote about themselves in a public form. */
export type LoggedCollection = 'applications' | 'interest-registrations'

/**
 * The fields that say something about the person. A read that returns none of them (a Today count
 * listing references, a list of references and statuses) shows nobody and is not logged.
 */
export const PERSONAL_FIELDS: Record<LoggedCollection, readonly string[]> = {
  applications: ['name', 'phone', 'email', 'message', 'applicant', 'forWhom', 'disability', 'contactLog'],
  'interest-registrations': [
    'name',
    'phone',
    'email',
    'about',
    'adults',
    'children',
    'ageGroup',
    'contactLog',
  ],
}

/** One read as the access log sees it; `selected` is null when the whole document was read. */
export type Read = {
  operation: 'find' | 'findByID'
  /** The way the request came in: Payload's REST (and GraphQL) API, or the server's own Local API. */
  api: 'REST' | 'GraphQL' | 'local'
  /** A staff member asked for it (anonymous reads are refused before they return anything). */
  byStaff: boolean
  /** It went through access control: reads the system makes for itself (`overrideAccess`) are not staff looking. */
  accessChecked: boolean
  selected: string[] | null
  /** The surface that made the read named itself (the CSV export), or said it is logged elsewhere. */
  named?: AccessSurface | 'logged-elsewhere'
}

/**
 * Whether a read of `collection` is logged, and as what: staff reading personal fields through
 * access control. On the Local API a staff member's read is the admin's own (its edit view, its
 * lists); over REST it is the API. Null: not logged.
 */
export function accessSurface(collection: LoggedCollection, read: Read): AccessSurface | null {
  if (!read.byStaff || !read.accessChecked || read.named === 'logged-elsewhere') return null
  if (read.named) return read.named
  const personal = PERSONAL_FIELDS[collection]
  if (read.selected && !read.selected.some((field) => personal.includes(field))) return null
  const overApi = read.api !== 'local'
  if (read.operation === 'findByID') return overApi ? 'api-read' : 'view'
  return overApi ? 'api-list' : 'list'
}

/** How long access-log entries are kept: two years unless `ACCESS_LOG_RETENTION_DAYS` says otherwise. */
export function accessLogRetentionDays(env: Env = process.env): number {
  const days = Number(env.ACCESS_LOG_RETENTION_DAYS ?? 730)
  if (!Number.isInteger(days) || days < 1)
    throw new Error(
      `ACCESS_LOG_RETENTION_DAYS must be a whole number of days, got "${env.ACCESS_LOG_RETENTION_DAYS}"`,
    )
  return days
}

/** The instant before which access-log entries are deleted. */
export const accessLogCutoff = (now: Date, days = accessLogRetentionDays()): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString()
