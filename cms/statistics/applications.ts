import { byCount } from '../../core/statistics/counts'
import type { Count } from '../../core/statistics/report'
import { type DatabaseMetric, boundsOf, arrivedInPeriod, heldBySql } from './query'

export type ApplicationRow = { kind: 'total' | 'service' | 'applicant'; key: string; count: number }

/** core/statistics/applications' `applicantKey` in SQL. */
const applicantSql = `CASE WHEN applicant = 'self' THEN 'adult' WHEN for_whom = 'young-person' THEN 'youth' ELSE 'child' END
  || CASE WHEN disability = 1 THEN '-lss' ELSE '' END`

/** ... and as an aggregation expression. */
const applicantExpr = {
  $concat: [
    {
      $switch: {
        branches: [
          { case: { $eq: ['$applicant', 'self'] }, then: 'adult' },
          { case: { $eq: ['$forWhom', 'young-person'] }, then: 'youth' },
        ],
        default: 'child',
      },
    },
    { $cond: [{ $eq: ['$disability', true] }, '-lss', ''] },
  ],
}

/** The period's applications the scope may count: in all, by service, by applicant. */
export const applicationCounts: DatabaseMetric<
  ApplicationRow,
  { total: number; byService: Count[]; byApplicant: Count[] }
> = {
  sql(query) {
    const held = heldBySql('applications', query.scope.applications, query.scope.municipality)
    return {
      sql: `WITH app AS MATERIALIZED (SELECT r.service, r.applicant, r.for_whom, r.disability FROM applications r
          WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to)
        SELECT 'total' AS kind, '' AS key, COUNT(*) AS count FROM app
        UNION ALL SELECT 'service', service, COUNT(*) FROM app GROUP BY 2
        UNION ALL SELECT 'applicant', ${applicantSql}, COUNT(*) FROM app GROUP BY 2`,
      args: { ...held.args, ...boundsOf(query) },
    }
  },
  pipeline(query, ids) {
    const group = (kind: ApplicationRow['kind'], key: unknown) => [
      { $group: { _id: key, count: { $sum: 1 } } },
      { $project: { _id: 0, kind: { $literal: kind }, key: '$_id', count: 1 } },
    ]
    return {
      collection: 'applications',
      pipeline: [
        arrivedInPeriod(query, query.scope.applications, ids),
        {
          $facet: {
            total: group('total', ''),
            service: group('service', '$service'),
            applicant: group('applicant', applicantExpr),
          },
        },
        { $project: { rows: { $concatArrays: ['$total', '$service', '$applicant'] } } },
        { $unwind: '$rows' },
        { $replaceRoot: { newRoot: '$rows' } },
      ],
    }
  },
  result(rows) {
    const counts = (kind: ApplicationRow['kind']) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => ({ key: String(row.key), count: Number(row.count) }))
        .sort(byCount)
    return {
      total: Number(rows.find((row) => row.kind === 'total')?.count ?? 0),
      byService: counts('service'),
      byApplicant: counts('applicant'),
    }
  },
}
