/**
 * `npm start`: the whole demo in one command. Builds and starts the CMS on the embedded database,
 * seeds it when empty, builds the static site from it and serves both; a publish in the admin
 * triggers a debounced rebuild through the CMS's rebuild job, which calls back here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { buildCmsIfChanged, seedIfEmpty, startCms, waitForCms } from './lib/cms'
import { stopChildrenOnExit } from './lib/processes'
import { SiteBuilder, buildSite } from './lib/site'
import { serveStatic } from './lib/static-server'
import { root } from './lib/tools'

const log = (line: string) => console.log(`[kontaktportalen] ${line}`)
// The demo login only exists on a CMS that listens on this machine alone.
const host = '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const cmsUrl = `http://localhost:${cmsPort}`
const siteUrl = `http://localhost:${sitePort}`
const dataDir = path.resolve(process.env.PORTAL_DATA_DIR || path.join(root, '.data'))
const buildsDir = path.join(dataDir, 'site')

process.env.PORTAL_DEMO ??= '1'
const { isDemo, demoAdmin, DEMO_ADMIN_DEFAULTS } = await import('../cms/config/mode')
const { resolveSecret } = await import('../cms/config/secret')
const { runsJobs } = await import('../cms/jobs/queues')
// Created here once, before the parallel workers of `next build` could race to create it.
resolveSecret({ secret: process.env.PAYLOAD_SECRET, demo: isDemo(), dataDir })

stopChildrenOnExit(() => log('stopping…'))
fs.mkdirSync(buildsDir, { recursive: true })
for (const old of fs.readdirSync(buildsDir))
  fs.rmSync(path.join(buildsDir, old), { recursive: true, force: true })

const hookToken = crypto.randomBytes(24).toString('hex')
const builder = new SiteBuilder((outDir) => buildSite(cmsUrl, outDir, env), buildsDir, log)
const hookServer = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.headers.authorization !== `Bearer ${hookToken}`) {
    res.writeHead(403).end()
    return
  }
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    const requestedAt = Date.parse((JSON.parse(body || '{}') as { requestedAt?: string }).requestedAt ?? '')
    log('site: rebuild requested by the CMS')
    builder.request(Number.isNaN(requestedAt) ? Date.now() : requestedAt)
    res.writeHead(202).end()
  })
})
await new Promise<void>((resolve) => hookServer.listen(0, host, resolve))
const hookPort = (hookServer.address() as { port: number }).port

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORTAL_DATA_DIR: dataDir,
  CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? cmsUrl,
  SITE_URL: process.env.SITE_URL ?? siteUrl,
  SITE_REBUILD_HOOK_URL: `http://${host}:${hookPort}/rebuild`,
  SITE_REBUILD_HOOK_TOKEN: hookToken,
  NEXT_TELEMETRY_DISABLED: '1',
}

try {
  await buildCmsIfChanged(env, log)
  log('CMS: preparing the database and seeding it if it is empty…')
  await seedIfEmpty(env)
  const cms = startCms(env, host, cmsPort)
  cms.child.on('exit', (code) => {
    log(`CMS stopped (exit code ${code}); stopping the demo`)
    process.exit(1)
  })
  await waitForCms(cmsUrl)
  log('site: building from the CMS…')
  await builder.build()
  await new Promise<void>((resolve) => serveStatic(() => builder.dir).listen(sitePort, host, resolve))
  // Running means a form's e-mails go out and a publish rebuilds: both are the worker's jobs.
  if (runsJobs(env)) {
    const waiting = setTimeout(() => log('jobs: waiting for the job worker…'), 1000)
    await cms.workerRunning.finally(() => clearTimeout(waiting))
  }
} catch (error) {
  log(`could not start: ${(error as Error).message}`)
  process.exit(1)
}

const { DEMO_STAFF } = await import('../cms/seed/demoAdmin')
const login = demoAdmin()
const defaults = login.email === DEMO_ADMIN_DEFAULTS.email && login.password === DEMO_ADMIN_DEFAULTS.password
console.log(`
  Kontaktportalen is running (demo mode, this machine only)

  Public site   ${siteUrl}/      (English: ${siteUrl}/en/)
  CMS admin     ${cmsUrl}/admin
  Login         ${login.email} / ${login.password}${defaults ? '   (demo defaults; set DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD to change)' : ''}

  Team logins   ${DEMO_STAFF.map((staff) => staff.email).join(', ')}
                (same password; each sees only what was routed to its team)
  E-mail        ${process.env.RESEND_API_KEY ? 'sent through Resend' : `not sent: read it in the admin under Outbox, or in ${path.join(dataDir, 'mailbox')}`}

  Publish a page in the admin and the site rebuilds by itself within about 20 seconds.
  Press Ctrl-C to stop everything.
`)
