import {
  type HTMLConverter,
  TextHTMLConverter,
  convertLexicalToHTML,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

// Lexical's text format bits for strikethrough and underline.
const STRIKETHROUGH = 4
const UNDERLINE = 8
const defaultText = TextHTMLConverter.text as Exclude<HTMLConverter<{ type: 'text'; format: number }>, string>

type ListItem = { type: string; value: number; checked?: boolean; children: { type: string }[] }

/**
 * Rich text from the CMS as HTML with no `style` attribute, which the site's CSP refuses: editor
 * alignment and indent are dropped (the design sets both), underline and strikethrough become
 * `<u>` and `<s>`, and list items without a marker get a class instead of an inline style.
 */
export function richTextToHtml(state: SerializedEditorState | null | undefined): string {
  if (!state) return ''
  return convertLexicalToHTML({
    data: state,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      text: (args) => {
        const format = args.node.format
        let html = defaultText({
          ...args,
          node: { ...args.node, format: format & ~(STRIKETHROUGH | UNDERLINE) },
        })
        if (format & STRIKETHROUGH) html = `<s>${html}</s>`
        if (format & UNDERLINE) html = `<u>${html}</u>`
        return html
      },
      listitem: ({ node, nodesToHTML, parent }) => {
        const item = node as ListItem
        const children = nodesToHTML({ nodes: node.children }).join('')
        const value = ` value="${Number(item.value)}"`
        if (item.children.some((child) => child.type === 'list'))
          return `<li class="nested-list-item"${value}>${children}</li>`
        if ('listType' in parent && parent.listType === 'check') {
          const box = `<input type="checkbox" disabled${item.checked ? ' checked' : ''} />`
          return `<li class="checklist-item"${value}><label>${box} ${children}</label></li>`
        }
        return `<li${value}>${children}</li>`
      },
    }),
  })
}
