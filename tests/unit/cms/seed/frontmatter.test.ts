import { describe, expect, it } from 'vitest'

import { parseFrontmatter } from '../../../../cms/seed/frontmatter'

describe('parseFrontmatter', () => {
  it('splits the header from the Markdown body', () => {
    const { data, body } = parseFrontmatter(
      '---\ntitle: Kontaktfamilj\nslug: kontaktfamilj\n---\n\n## Rubrik\n\nText.\n',
      'x.md',
    )
    expect(data).toEqual({ title: 'Kontaktfamilj', slug: 'kontaktfamilj' })
    expect(body).toBe('## Rubrik\n\nText.')
  })

  it('keeps colons inside values', () => {
    expect(parseFrontmatter('---\ntitle: Steg 1: intresse\n---\nx', 'x.md').data.title).toBe(
      'Steg 1: intresse',
    )
  })

  it('names the file and line of a malformed header', () => {
    expect(() => parseFrontmatter('---\ntitle Kontaktfamilj\n---\nx', 'pages/a.sv.md')).toThrow(
      'pages/a.sv.md: header line 2 is not "key: value"',
    )
    expect(() => parseFrontmatter('no header', 'pages/b.sv.md')).toThrow('pages/b.sv.md: expected a header')
  })
})
