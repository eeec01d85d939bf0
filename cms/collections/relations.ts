/** A relationship's id, whether Payload returned it populated (an object) or as the bare id. */
export const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null ? (value as { id: string | number }).id : value)
