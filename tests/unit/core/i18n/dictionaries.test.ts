import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { DictionarySchema } from '../../../../core/i18n/dictionaries/schema'
import { LOCALES, dictionaryOf } from '../../../../core/i18n/locales'

const root = path.resolve(import.meta.dirname, '../../../..')

type Tree = { [key: string]: string | Tree }

/** Every leaf's dotted path, in order: 'site.home', 'mail.booking.leads.confirmed'. */
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  )

/** The same for the schema: the keys every dictionary must have, no more. */
const schemaLeaves = (schema: z.ZodType, prefix = ''): string[] =>
  schema instanceof z.ZodObject
    ? Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) =>
        value instanceof z.ZodObject ? schemaLeaves(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      )
    : []

const at = (tree: Tree, key: string) =>
  key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

/** The code that may read texts: everything but the dictionaries themselves and generated files. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return ['node_modules', '.next', 'migrations', 'dictionaries'].includes(entry.name) ? [] : sources(file)
    return /\.(ts|tsx|astro|mjs)$/.test(entry.name) && entry.name !== 'payload-types.ts' ? [file] : []
  })
}

const expected = schemaLeaves(DictionarySchema)

describe.each(LOCALES)('the %s dictionary', (locale) => {
  const dictionary = dictionaryOf(locale) as Tree

  it('has every key of the schema and no other', () => {
    expect(leaves(dictionary)).toEqual(expected)
    expect(DictionarySchema.safeParse(dictionary).success).toBe(true)
  })

  it('fills the same placeholders as the default language', () => {
    const mismatched = expected.filter(
      (key) =>
        placeholders(at(dictionary, key)).join() !==
        placeholders(at(dictionaryOf(LOCALES[0]) as Tree, key)).join(),
    )
    expect(mismatched).toEqual([])
  })
})

describe('the keys in use', () => {
  const code = ['core', 'src', 'cms']
    .flatMap(sources)
    .map((file) => fs.readFileSync(path.join(root, file), 'utf8'))
    .join('\n')
  const literals = new Set([...code.matchAll(/(['"`])([\w.-]+)\1/g)].map((match) => match[2]))
  // `mail.booking.subjects.${kind}`: a template over a group of options, typed by its keys.
  const templates = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1])
  const dictionary = dictionaryOf(LOCALES[0]) as Tree
  const isOptionGroup = (prefix: string) => {
    const group = at(dictionary, prefix.slice(0, -1)) as unknown
    return (
      typeof group === 'object' && Object.values(group as Tree).every((value) => typeof value === 'string')
    )
  }

  const used = (key: string) =>
    literals.has(key) ||
    // Form schemas name their error keys without `errors.` (they travel in zod issues and logs).
    (key.startsWith('errors.') && literals.has(key.slice('errors.'.length))) ||
    templates.some(
      (prefix) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.') && isOptionGroup(prefix),
    )

  it('include every key of the dictionaries', () => {
    expect(expected.filter((key) => !used(key))).toEqual([])
  })
})
