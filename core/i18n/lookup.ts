/** A dictionary, or the part of one a page ships (a form island's texts). */
export type Texts = { [key: string]: string | Texts }
export type Values = Record<string, string | number>

/** Fills `{name}`-style placeholders; a value is never scanned again, so it cannot inject one. */
export const fill = (template: string, values: Values = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

/** The text at a dotted path, or undefined when there is none (a key from outside, like a zod issue). */
export function lookupIn(texts: Texts, path: string): string | undefined {
  const found = path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      texts,
    )
  return typeof found === 'string' ? found : undefined
}
