// @ts-check: plain JavaScript, since next.config loads it without a TypeScript loader.
/**
 * Headers on every CMS response (admin, REST and the pages it renders for plain form posts). The
 * admin is Next and Payload's own UI, whose inline bootstrap scripts and styles need 'unsafe-inline';
 * everything else is held to this origin, and nothing may frame the CMS but its own live preview.
 */
/**
 * @param {{ frameAncestors: "'none'" | "'self'", development?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The admin shows the live preview of a draft from this origin in a frame.
    "frame-src 'self'",
    `frame-ancestors ${options.frameAncestors}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** @type {{ key: string, value: string }[]} */
const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Admin addresses hold document ids: they stay on this origin.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]

/**
 * Next's `headers()` rules: a later rule wins for the same header, so the preview's comes last.
 * @param {boolean} [development]
 */
export function securityHeaders(development = false) {
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'X-Frame-Options', value: 'DENY' },
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({ frameAncestors: "'none'", development }),
        },
      ],
    },
    {
      source: '/preview/:path*',
      headers: [
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({ frameAncestors: "'self'", development }),
        },
      ],
    },
  ]
}
