import type { Cell } from './report'

/** Counts under this are never published. */
export const MIN_PUBLISHED = 5

/** Which totals are published beside the grid: each row's (a column of totals), each column's (a row of totals). */
export type Margins = { rowTotals: boolean; columnTotals: boolean }

export type SuppressedTable = {
  cells: Cell[][]
  rowTotals: Cell[] | null
  columnTotals: Cell[] | null
  /** The grand total, published when both kinds of totals are. */
  total: Cell | null
}

type Edge = {
  a: number
  b: number
  value: number
  total: boolean
  mark: 'fewer-than-5' | 'complementary' | null
}

/**
 * Withholds every count under 5 (primary), then enough other cells (complementary) that no
 * withheld count can be worked out from the published ones and the totals.
 *
 * Seen as a graph, each published total is a line (a row or a column) whose cells must add up to
 * it, and each cell joins its row to its column; a line without a published total constrains
 * nothing, so all of them are one free node. A withheld cell can be worked out exactly when it
 * is a bridge among the withheld cells (no cycle of withheld cells runs through it): then the
 * equations pin it down. So while a withheld cell is a bridge, the cheapest path of further cells
 * (smallest counts; totals last) that closes a cycle through it is withheld as well.
 */
export function suppressTable(values: number[][], margins: Margins): SuppressedTable {
  const rows = values.length
  const columns = values[0]?.length ?? 0
  const grand = margins.rowTotals && margins.columnTotals
  // Nodes: 0 is free; rows 1..rows, their total row rows+1; columns after, their total column last.
  const FREE = 0
  const rowNode = (row: number) => (margins.rowTotals ? 1 + row : FREE)
  const totalRowNode = grand ? 1 + rows : FREE
  const columnNode = (column: number) => (margins.columnTotals ? 2 + rows + column : FREE)
  const totalColumnNode = grand ? 2 + rows + columns : FREE
  const nodeCount = 3 + rows + columns
  const edge = (a: number, b: number, value: number, total = false): Edge => ({
    a,
    b,
    value,
    total,
    mark: value < MIN_PUBLISHED ? 'fewer-than-5' : null,
  })
  const sum = (list: number[]) => list.reduce((all, value) => all + value, 0)
  const cells = values.map((line, row) =>
    line.map((value, column) => edge(rowNode(row), columnNode(column), value)),
  )
  const rowTotals = margins.rowTotals
    ? values.map((line, row) => edge(rowNode(row), totalColumnNode, sum(line), true))
    : null
  const columnTotals = margins.columnTotals
    ? Array.from({ length: columns }, (_, column) =>
        edge(totalRowNode, columnNode(column), sum(values.map((line) => line[column])), true),
      )
    : null
  const total = grand ? edge(totalRowNode, totalColumnNode, sum(values.flat()), true) : null
  const edges = [...cells.flat(), ...(rowTotals ?? []), ...(columnTotals ?? []), ...(total ? [total] : [])]

  for (let bridge = findBridge(edges, nodeCount); bridge; bridge = findBridge(edges, nodeCount)) {
    const path = cheapestPath(edges, nodeCount, bridge)
    if (!path.length) throw new Error('a withheld count has no cells to hide it among')
    for (const step of path) step.mark ??= 'complementary'
  }
  const cellOf = (entry: Edge): Cell => (entry.mark ? { suppressed: entry.mark } : { value: entry.value })
  return {
    cells: cells.map((line) => line.map(cellOf)),
    rowTotals: rowTotals && rowTotals.map(cellOf),
    columnTotals: columnTotals && columnTotals.map(cellOf),
    total: total && cellOf(total),
  }
}

/** A withheld cell through which no cycle of withheld cells runs (Tarjan's bridges, by edge). */
function findBridge(edges: Edge[], nodeCount: number): Edge | null {
  const withheld = edges.filter((entry) => entry.mark && entry.a !== entry.b)
  const adjacent: [number, number][][] = Array.from({ length: nodeCount }, () => [])
  withheld.forEach((entry, index) => {
    adjacent[entry.a].push([entry.b, index])
    adjacent[entry.b].push([entry.a, index])
  })
  const order = new Array<number>(nodeCount).fill(-1)
  const low = new Array<number>(nodeCount).fill(0)
  let counter = 0
  const visit = (node: number, via: number): Edge | null => {
    order[node] = low[node] = counter++
    for (const [next, index] of adjacent[node]) {
      if (index === via) continue
      if (order[next] >= 0) {
        low[node] = Math.min(low[node], order[next])
        continue
      }
      const found = visit(next, index)
      if (found) return found
      low[node] = Math.min(low[node], low[next])
      if (low[next] > order[node]) return withheld[index]
    }
    return null
  }
  for (let node = 0; node < nodeCount; node += 1) {
    if (order[node] >= 0) continue
    const found = visit(node, -1)
    if (found) return found
  }
  return null
}

/** The cheapest cells (withheld ones free) that join the bridge's two lines another way. */
function cheapestPath(edges: Edge[], nodeCount: number, bridge: Edge): Edge[] {
  const cost = (entry: Edge) => (entry.mark ? 0 : 1 + entry.value + (entry.total ? 1e9 : 0))
  const distance = new Array<number>(nodeCount).fill(Infinity)
  const via = new Array<Edge | null>(nodeCount).fill(null)
  const done = new Array<boolean>(nodeCount).fill(false)
  distance[bridge.a] = 0
  for (;;) {
    let node = -1
    for (let candidate = 0; candidate < nodeCount; candidate += 1)
      if (
        !done[candidate] &&
        distance[candidate] < Infinity &&
        (node < 0 || distance[candidate] < distance[node])
      )
        node = candidate
    if (node < 0 || node === bridge.b) break
    done[node] = true
    for (const entry of edges) {
      if (entry === bridge || (entry.a !== node && entry.b !== node)) continue
      const next = entry.a === node ? entry.b : entry.a
      if (distance[node] + cost(entry) < distance[next]) {
        distance[next] = distance[node] + cost(entry)
        via[next] = entry
      }
    }
  }
  const path: Edge[] = []
  for (let node = bridge.b; node !== bridge.a;) {
    const step = via[node]
    if (!step) return []
    path.push(step)
    node = step.a === node ? step.b : step.a
  }
  return path
}
