import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'

import { richTextToHtml } from '../../../../src/data/richText'

const base = { version: 1, direction: 'ltr', format: '', indent: 0 }
const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const paragraph = (children: object[], extra: object = {}) => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  children,
  ...extra,
})
const item = (value: number, children: object[], extra: object = {}) => ({
  ...base,
  type: 'listitem',
  value,
  children,
  ...extra,
})
const list = (listType: string, tag: string, children: object[]) => ({
  ...base,
  type: 'list',
  listType,
  tag,
  start: 1,
  children,
})
const doc = (...children: object[]) =>
  ({ root: { ...base, type: 'root', children } }) as unknown as SerializedEditorState

describe('richTextToHtml', () => {
  it.each([
    [
      'a bullet list',
      doc(list('bullet', 'ul', [item(1, [text('Ett')]), item(2, [text('Två')])])),
      '<ul class="list-bullet"><li value="1">Ett</li><li value="2">Två</li></ul>',
    ],
    [
      'a nested list, its holder without a marker',
      doc(
        list('number', 'ol', [
          item(1, [text('Ett')]),
          item(2, [list('number', 'ol', [item(1, [text('Ett a')])])]),
        ]),
      ),
      '<ol class="list-number"><li value="1">Ett</li><li class="nested-list-item" value="2"><ol class="list-number"><li value="1">Ett a</li></ol></li></ol>',
    ],
    [
      'a checklist',
      doc(list('check', 'ul', [item(1, [text('Klart')], { checked: true }), item(2, [text('Kvar')])])),
      '<ul class="list-check"><li class="checklist-item" value="1"><label><input type="checkbox" disabled checked /> Klart</label></li>' +
        '<li class="checklist-item" value="2"><label><input type="checkbox" disabled /> Kvar</label></li></ul>',
    ],
    [
      'underline and strikethrough',
      doc(paragraph([text('a', 8), text('b', 4), text('c', 1 | 8)])),
      '<p><u>a</u><s>b</s><u><strong>c</strong></u></p>',
    ],
    [
      'a centred, indented paragraph',
      doc(paragraph([text('Mitten')], { format: 'center', indent: 2 })),
      '<p>Mitten</p>',
    ],
    ['escaped text', doc(paragraph([text('<b>&')])), '<p>&lt;b&gt;&amp;</p>'],
  ])('%s', (_, state, html) => {
    expect(richTextToHtml(state)).toBe(html)
  })

  it('gives nothing for no content', () => {
    expect(richTextToHtml(null)).toBe('')
  })
})
