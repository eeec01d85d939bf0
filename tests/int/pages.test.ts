import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { RebuildSiteTask } from '../../cms/jobs/rebuildSite'
import { SiteBuilder } from '../../scripts/lib/site'

import { fieldErrors, openTestPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await openTestPayload()
})

const pendingRebuilds = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSite' }, completedAt: { exists: false } },
    })
  ).totalDocs

describe('page slugs', () => {
  it('are made from the title when left empty, Swedish letters folded', async () => {
    const page = await payload.create({ collection: 'pages', data: { title: 'Så går det till' } })
    expect(page.slug).toBe('sa-gar-det-till')
  })

  it('are unique within a language, and free to repeat across languages', async () => {
    const first = await payload.create({
      collection: 'pages',
      locale: 'sv',
      data: { title: 'Om oss', slug: 'om' },
    })
    expect(
      await fieldErrors(
        payload.create({ collection: 'pages', locale: 'sv', data: { title: 'Annan', slug: 'om' } }),
      ),
    ).toEqual({
      slug: 'En annan sida har redan den här adressen på det här språket.',
    })
    const other = await payload.create({
      collection: 'pages',
      locale: 'sv',
      data: { title: 'Annan', slug: 'annan' },
    })
    await payload.update({
      collection: 'pages',
      id: other.id,
      locale: 'en',
      data: { title: 'About', slug: 'om' },
    })
    expect((await payload.findByID({ collection: 'pages', id: other.id, locale: 'en' })).slug).toBe('om')
    expect(
      (await payload.update({ collection: 'pages', id: first.id, locale: 'sv', data: { slug: 'om' } })).slug,
    ).toBe('om')
  })

  it('may not take a route the site owns', async () => {
    expect(
      await fieldErrors(payload.create({ collection: 'pages', data: { title: 'Engelska', slug: 'en' } })),
    ).toEqual({
      slug: 'Adressen används redan av webbplatsen. Välj en annan.',
    })
  })
})

describe('publishing', () => {
  it('queues one debounced site rebuild, superseding a pending one', async () => {
    const page = await payload.create({ collection: 'pages', data: { title: 'Nyhet', _status: 'published' } })
    expect(await pendingRebuilds()).toBe(1)
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { summary: 'Ändrad', _status: 'published' },
    })
    expect(await pendingRebuilds()).toBe(1)
  })

  it('does not rebuild for a page that has never been published', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    await payload.create({ collection: 'pages', data: { title: 'Bara ett utkast', _status: 'draft' } })
    expect(await pendingRebuilds()).toBe(0)
  })

  it('keeps the published version public while a newer draft is saved', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Publicerad rubrik', _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      draft: true,
      data: { title: 'Utkastrubrik', _status: 'draft' },
    })
    const publicView = await payload.findByID({ collection: 'pages', id: page.id, overrideAccess: false })
    expect(publicView.title).toBe('Publicerad rubrik')
  })
})

describe('campaign scheduling', () => {
  it('queues a rebuild at the start and at the end of a published campaign', async () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString()
    const endsAt = new Date(Date.now() + 30 * 86_400_000).toISOString()
    await payload.create({
      collection: 'campaigns',
      data: {
        title: 'Vårkampanj',
        slug: 'var',
        ctaLabel: 'Anmäl intresse',
        startsAt,
        endsAt,
        _status: 'published',
      },
    })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { 'input.at': { exists: true } }] },
      pagination: false,
    })
    const scheduled = docs.map((job) => new Date(job.waitUntil as string).toISOString()).sort()
    expect(scheduled).toEqual(expect.arrayContaining([startsAt, endsAt]))
  })

  it('gets a build of the site at its moment, though the site built since the switch was queued', async () => {
    const started: string[] = []
    const releases: (() => void)[] = []
    const builder = new SiteBuilder(
      async (outDir) => {
        started.push(outDir)
        await new Promise<void>((resolve) => releases.push(resolve))
      },
      fs.mkdtempSync(path.join(os.tmpdir(), 'kp-builds-')),
      () => {},
    )
    const hook = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        builder.request(Date.parse((JSON.parse(body) as { requestedAt: string }).requestedAt))
        res.writeHead(202).end()
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    process.env.SITE_REBUILD_HOOK_URL = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/rebuild`
    builder.request()
    // The switch at the campaign's start, queued when the campaign was published a day before.
    const queuedAt = new Date(Date.now() - 86_400_000).toISOString()
    await (RebuildSiteTask.handler as (args: unknown) => Promise<unknown>)({
      job: { createdAt: queuedAt, input: { at: new Date().toISOString() } },
      req: { payload },
    })
    releases.shift()?.()
    await vi.waitFor(() => expect(started).toHaveLength(2))
    releases.shift()?.()
    delete process.env.SITE_REBUILD_HOOK_URL
    await new Promise<void>((resolve) => hook.close(() => resolve()))
  })

  it('refuses a campaign that ends before it starts', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'campaigns',
        data: {
          title: 'Fel',
          slug: 'fel',
          ctaLabel: 'x',
          startsAt: '2027-02-01T00:00:00.000Z',
          endsAt: '2027-01-01T00:00:00.000Z',
        },
      }),
    )
    expect(Object.keys(errors)).toEqual(['endsAt'])
  })
})
