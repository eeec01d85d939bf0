import type React from 'react'

import '../../../core/styles/global.css'
import './preview.css'

// Staff-only previews of drafts, shown in the admin's live-preview pane with the site's styles.
export const metadata = { robots: { index: false, follow: false } }

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  )
}
