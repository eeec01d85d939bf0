import type { Role } from '../../access/roles'

/** Where the statistics view lives in the admin (registered in payload.config.ts as `/statistik`). */
export const STATISTICS_PATH = '/admin/statistik'

/** Who reads statistics: the roles that work submissions, each scoped to their teams, and admins. */
export const STATISTICS_ROLES: Role[] = ['admin', 'recruiter', 'intake']
