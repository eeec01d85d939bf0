import { nextStatuses } from '../../../core/domain/pipeline'
import type { FormKind } from '../../../core/domain/organisation'
import type { ContactLine, HistoryEntry } from './model'
import type { Random } from './random'

/**
 * One submission's life as it is generated: status moves only along the pipeline's allowed next
 * steps, and nothing is written after `now` (a step that would fall later is simply not taken).
 */
export class Timeline {
  readonly history: HistoryEntry[]
  readonly contactLog: ContactLine[] = []
  status = 'new'

  constructor(
    private readonly random: Random,
    private readonly kind: FormKind,
    readonly createdAt: Date,
    private readonly now: Date,
  ) {
    this.history = [{ id: random.rowId(), status: 'new', at: createdAt.toISOString(), by: null }]
  }

  /** The time of the latest entry, which every later one follows. */
  get last(): Date {
    const times = [...this.history, ...this.contactLog].map((entry) => Date.parse(entry.at))
    return new Date(Math.max(...times))
  }

  /** Whether `at` is still in the past and not before what is already written. */
  fits(at: Date): boolean {
    return at <= this.now && at >= this.last
  }

  move(status: string, at: Date, by: string | null): boolean {
    if (!this.fits(at)) return false
    if (!nextStatuses(this.kind, this.status).includes(status))
      throw new Error(`generated an impossible move ${this.status} → ${status}`)
    this.history.push({ id: this.random.rowId(), status, at: at.toISOString(), by })
    this.status = status
    return true
  }

  contact(kind: string, at: Date, by: string, note: string | null = null): boolean {
    if (!this.fits(at)) return false
    this.contactLog.push({ id: this.random.rowId(), kind, note, at: at.toISOString(), by })
    return true
  }

  handOver(at: Date, by: string, fromTeam: string, toTeam: string, reason: string): boolean {
    if (!this.fits(at)) return false
    const entry = { id: this.random.rowId(), status: this.status, at: at.toISOString(), by }
    this.history.push({ ...entry, fromTeam, toTeam, reason })
    return true
  }
}
