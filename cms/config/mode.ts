/** Demo mode: `npm start` sets it. It allows a generated secret and the documented demo login. */
export const isDemo = (env: NodeJS.ProcessEnv = process.env): boolean => env.PORTAL_DEMO === '1'

export const DEMO_ADMIN_DEFAULTS = {
  email: 'admin@example.org',
  password: 'demo-kontaktportalen',
} as const

export function demoAdmin(env: NodeJS.ProcessEnv = process.env) {
  return {
    email: env.DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email,
    password: env.DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password,
  }
}
