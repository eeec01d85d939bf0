import type { ServerProps } from 'payload'

/** The first letter of the staff member's name (or e-mail), as the reader sees it. */
export function initialOf(user: { name?: string | null; email?: string | null } | null | undefined): string {
  const [first] = (user?.name?.trim() || user?.email?.trim() || '?').normalize('NFC')
  return first.toLocaleUpperCase('sv')
}

/** The account link's picture: an initial drawn here, so no admin page asks an outside service for one. */
export function InitialAvatar({ user }: ServerProps) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontSize: 13,
        fontWeight: 600,
        lineHeight: 1,
      }}
    >
      {initialOf(user as { name?: string | null; email?: string | null } | undefined)}
    </span>
  )
}
