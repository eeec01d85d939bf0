import { toCsv } from '../../../core/domain/csv'

export type Cell = string | number

/** A table's content: the header row and the body rows; the first cell of a row names it. */
export type TableData = { columns: string[]; rows: Cell[][] }

/** The CSV as a download link of its own, so each table's numbers leave exactly as shown. */
const csvHref = ({ columns, rows }: TableData) =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(columns, rows)}`)}`

/**
 * One table of the report with its caption and a CSV download of the same rows. The table is the
 * accessible source of every chart beside it.
 */
export function DataTable(
  props: TableData & { id: string; caption: string; file: string; csvLabel: string },
) {
  const { id, caption, columns, rows, file, csvLabel } = props
  return (
    <div className="stats__table">
      <table id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells], index) => (
            <tr key={`${head}-${index}`}>
              <th scope="row">{head}</th>
              {cells.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <a
        className="stats__csv"
        href={csvHref({ columns, rows })}
        download={file}
        aria-describedby={`${id}-caption`}
      >
        {csvLabel}
      </a>
    </div>
  )
}
