import { describe, expect, it } from 'vitest'

import type { Cell } from '../../../../core/statistics/report'
import { suppressTable } from '../../../../core/statistics/suppression'

const F = { suppressed: 'fewer-than-5' } as const
const C = { suppressed: 'complementary' } as const
const v = (value: number): Cell => ({ value })

/** Whether a withheld cell's value follows from the published cells and totals (solving each line in turn). */
function derivable(values: number[][], table: ReturnType<typeof suppressTable>): boolean {
  const known = table.cells.map((line) => line.map((cell) => 'value' in cell))
  const rows = values.length
  const columns = values[0].length
  for (let changed = true; changed;) {
    changed = false
    const lines = [
      ...(table.rowTotals
        ? Array.from({ length: rows }, (_, r) => ({
            cells: values[r].map((_, c) => [r, c]),
            total: table.rowTotals![r],
          }))
        : []),
      ...(table.columnTotals
        ? Array.from({ length: columns }, (_, c) => ({
            cells: values.map((_, r) => [r, c]),
            total: table.columnTotals![c],
          }))
        : []),
    ]
    for (const line of lines) {
      const unknown = line.cells.filter(([r, c]) => !known[r][c])
      if ('value' in line.total && unknown.length === 1) {
        const [r, c] = unknown[0]
        known[r][c] = true
        changed = true
      }
    }
  }
  return table.cells.some((line, r) => line.some((cell, c) => !('value' in cell) && known[r][c]))
}

describe('suppressing small counts', () => {
  it.each([
    [
      'nothing under 5: all published',
      [
        [5, 9],
        [12, 7],
      ],
      [
        [v(5), v(9)],
        [v(12), v(7)],
      ],
      [v(17), v(16)],
    ],
    [
      'two small counts in a column hide each other',
      [
        [3, 9],
        [2, 7],
        [8, 6],
      ],
      [
        [F, v(9)],
        [F, v(7)],
        [v(8), v(6)],
      ],
      [v(13), v(22)],
    ],
    [
      'one small count takes the smallest other cell of its column with it',
      [
        [3, 9],
        [20, 7],
        [8, 6],
      ],
      [
        [F, v(9)],
        [v(20), v(7)],
        [C, v(6)],
      ],
      [v(31), v(22)],
    ],
    [
      'a zero is withheld like any count under 5',
      [
        [0, 9],
        [6, 7],
      ],
      [
        [F, v(9)],
        [C, v(7)],
      ],
      [v(6), v(16)],
    ],
    [
      'a small total is withheld, and its cells were already',
      [
        [1, 9],
        [2, 7],
      ],
      [
        [F, v(9)],
        [F, v(7)],
      ],
      [F, v(16)],
    ],
  ])('%s (column totals published)', (_case, values, cells, totals) => {
    const table = suppressTable(values, { rowTotals: false, columnTotals: true })
    expect(table.cells).toEqual(cells)
    expect(table.columnTotals).toEqual(totals)
    expect(table.rowTotals).toBeNull()
    expect(derivable(values, table)).toBe(false)
  })

  it('with row and column totals, closes a cycle of withheld cells through every small count', () => {
    const values = [
      [2, 10, 12],
      [11, 13, 20],
      [15, 30, 40],
    ]
    const table = suppressTable(values, { rowTotals: true, columnTotals: true })
    expect(table.cells[0][0]).toEqual(F)
    const withheld = table.cells.flat().filter((cell) => 'suppressed' in cell)
    // The cheapest cycle: the small cell, one more in its row, one in its column, one across.
    expect(withheld).toHaveLength(4)
    expect(table.cells).toEqual([
      [F, C, v(12)],
      [C, C, v(20)],
      [v(15), v(30), v(40)],
    ])
    expect(derivable(values, table)).toBe(false)
    expect(table.total).toEqual(v(153))
  })

  it('no total published: nothing can be worked out, so only small counts are withheld', () => {
    const table = suppressTable([[3, 9]], { rowTotals: false, columnTotals: false })
    expect(table.cells).toEqual([[F, v(9)]])
  })

  it('withholds a total rather than leave a lone small count it would reveal', () => {
    const table = suppressTable([[3], [1]], { rowTotals: true, columnTotals: false })
    // Each row's only cell equals its total, which is under 5 as well.
    expect(table.cells).toEqual([[F], [F]])
    expect(table.rowTotals).toEqual([F, F])
  })

  it.each([1, 2, 3, 4, 5])('leaves nothing derivable in random grids (seed %i)', (seed) => {
    let state = seed
    const next = () => ((state = (state * 16807) % 2147483647), state % 12)
    const values = Array.from({ length: 6 }, () => Array.from({ length: 5 }, next))
    for (const margins of [
      { rowTotals: true, columnTotals: true },
      { rowTotals: false, columnTotals: true },
      { rowTotals: true, columnTotals: false },
    ]) {
      const table = suppressTable(values, margins)
      expect(derivable(values, table)).toBe(false)
      values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value < 5) expect(table.cells[r][c]).toEqual(F)
        }),
      )
    }
  })
})
