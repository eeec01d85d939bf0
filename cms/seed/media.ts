import type { Payload } from 'payload'
import sharp from 'sharp'

import type { SeedContent } from './model'
import { seedContext as context } from './upsert'

/** Twice the drawings' 640-unit width (density 144), sharp on a phone at 2× and in the desktop column. */
const RASTER_WIDTH = 1280

/**
 * Uploads each illustration once, drawn from its SVG to a PNG (the site's image pipeline turns
 * it into AVIF and WebP), with its alt text in both languages. Returns the media id by key; an
 * illustration already in Media (by file name) is kept as editors left it.
 */
export async function seedMedia(payload: Payload, media: SeedContent['media']): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const { key, alt, svg } of media) {
    const name = `${key}.png`
    const { docs } = await payload.find({
      collection: 'media',
      where: { filename: { equals: name } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      ids.set(key, String(docs[0].id))
      continue
    }
    const data = await sharp(Buffer.from(svg), { density: 144 }).resize(RASTER_WIDTH).png().toBuffer()
    const created = await payload.create({
      collection: 'media',
      locale: 'sv',
      data: { alt: alt.sv },
      file: { data, mimetype: 'image/png', name, size: data.length },
      context,
    })
    await payload.update({
      collection: 'media',
      id: created.id,
      locale: 'en',
      data: { alt: alt.en },
      context,
    })
    ids.set(key, String(created.id))
  }
  return ids
}
