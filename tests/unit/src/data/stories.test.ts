import { describe, expect, it } from 'vitest'

import { type CmsStory, toStories } from '../../../../src/data/stories'

const municipalities = [{ id: 'm1', name: 'Nykvarn', slug: 'nykvarn' }]
const story: CmsStory = {
  id: 's1',
  title: 'Vi ses på onsdagar',
  text: 'Vi ses varje vecka.',
  service: 'contact-person',
  isExample: true,
}
const built = (changes: Partial<CmsStory>) => toStories('sv', [{ ...story, ...changes }], municipalities)

describe('a volunteer story on the built site', () => {
  it('is left out in a language it is not written in', () => {
    expect(built({ title: null })).toEqual([])
    expect(built({ text: '' })).toEqual([])
  })

  it('keeps its example mark, so the site can say it is made up', () => {
    expect(built({}).map((s) => s.isExample)).toEqual([true])
    expect(built({ isExample: null }).map((s) => s.isExample)).toEqual([false])
  })

  it.each([
    ['an id', 'm1', 'Nykvarn'],
    ['a document', { id: 'm1' }, 'Nykvarn'],
    ['nothing', null, null],
    ['a municipality no longer there', 'gone', null],
  ])('names its municipality from %s', (_, municipality, name) => {
    expect(built({ municipality }).map((s) => s.municipality)).toEqual([name])
  })

  it('shows its image only with alt text', () => {
    const image = { url: '/media/a.jpg', width: 800, height: 600 }
    expect(built({ image: { ...image, alt: '' } })[0].image).toBeNull()
    expect(built({ image: { ...image, alt: 'Två personer på ett gym' } })[0].image).toEqual({
      ...image,
      alt: 'Två personer på ett gym',
    })
  })
})
