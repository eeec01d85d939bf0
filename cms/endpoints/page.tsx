import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import type React from 'react'

import { type FrameProps, SiteFooter, SiteHeader, SkipLink } from '../../core/site/SiteFrame'
import { projectRoot } from '../config/paths'
import { siteHomeUrl } from '../urls'
import { siteFrame } from './siteFrame'

/** An HTML answer: a form again with errors, a receipt, a cancel page. */
export const htmlResponse = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

let css: string | undefined

/** The site's own styles, so a page the CMS answers a plain form post with looks like the site. */
function siteCss(): string {
  if (css === undefined) {
    const dir = path.join(projectRoot, 'core', 'styles')
    css = ['tokens.css', 'forms.css', 'global.css', 'frame.css']
      .map((file) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/^@import .*$/gm, ''))
      .join('\n')
  }
  return css
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)

/**
 * Next refuses `react-dom/server` inside its bundles (it wants Server Components instead); these
 * pages answer plain form posts from a REST endpoint, so the renderer is loaded at run time.
 */
async function renderToStaticMarkup(element: React.ReactElement): Promise<string> {
  const server = (await import(
    /* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server'
  )) as typeof import('react-dom/server')
  return server.renderToStaticMarkup(element)
}

/**
 * A whole HTML page around server-rendered React, in the person's language. With the site's
 * frame it has the site's header, menu and footer; without (a staff report) a bare header.
 */
export async function htmlPage(
  locale: 'sv' | 'en',
  title: string,
  body: React.ReactElement,
  frame?: FrameProps,
): Promise<string> {
  const bare = `<header class="site-header"><div class="container"><a class="site-header__name" href="${siteHomeUrl(locale)}">Kontaktportalen</a></div></header>`
  const header = frame
    ? await renderToStaticMarkup(
        <>
          <SkipLink locale={locale} />
          <SiteHeader {...frame} />
        </>,
      )
    : bare
  const footer = frame ? await renderToStaticMarkup(<SiteFooter {...frame} />) : ''
  const pageTitle = frame ? `${title} – ${frame.siteName}` : title
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(pageTitle)}</title><style>${siteCss()}</style></head><body>${header}<main id="main" tabindex="-1" class="container">${await renderToStaticMarkup(body)}</main>${footer}</body></html>`
}

/** The site's frame, or none when the settings cannot be read: a receipt must answer all the same. */
export const publicFrame = (payload: Payload, locale: 'sv' | 'en'): Promise<FrameProps | undefined> =>
  siteFrame(payload, locale).catch((error: unknown) => {
    payload?.logger.error(`site frame unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  })

/** A page for the public, in the site's own frame (header, menu, footer) as the site's build shows it. */
export async function sitePage(
  payload: Payload,
  locale: 'sv' | 'en',
  title: string,
  body: React.ReactElement,
): Promise<string> {
  return htmlPage(locale, title, body, await publicFrame(payload, locale))
}
