import fs from 'node:fs'
import path from 'node:path'

import type React from 'react'

import { projectRoot } from '../config/paths'
import { siteHomeUrl } from '../urls'

/** An HTML answer: a form again with errors, a receipt, a cancel page. */
export const htmlResponse = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })

let css: string | undefined

/** The site's own styles, so a page the CMS answers a plain form post with looks like the site. */
function siteCss(): string {
  if (css === undefined) {
    const dir = path.join(projectRoot, 'core', 'styles')
    css = ['tokens.css', 'forms.css', 'global.css']
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

/** A whole HTML page around server-rendered React, in the person's language. */
export async function htmlPage(
  locale: 'sv' | 'en',
  title: string,
  body: React.ReactElement,
): Promise<string> {
  const home = siteHomeUrl(locale)
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style>${siteCss()}</style></head><body><header class="site-header" style="background:var(--color-brand);padding:1rem 0"><div class="container"><a href="${home}" style="color:#fff;font-weight:700">Kontaktportalen</a></div></header><main id="main" class="container">${await renderToStaticMarkup(body)}</main></body></html>`
}
