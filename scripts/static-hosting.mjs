// Static hosting in one place: the base path the build is served under, the Content-Security-
// Policy shipped in index.html (and as a header where the host allows), and the headers file.
// vite.config.ts, the e2e servers and docs/hosting.md all use these.

/** The sub-path the e2e tests build for and serve under (GitHub Pages style). */
export const SUBPATH_EXAMPLE = '/fine-tune-or-prompt/';
/** Where that build goes (dist/ holds the root build). */
export const SUBPATH_DIST = 'dist-subpath';

/** `BASE_PATH` as Vite wants it: '/' or '/a/path/' (leading and trailing slash). */
export function basePath(value = '/') {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The policy: everything from this origin only, no eval, no plugins, no forms, no <base>
 * rewrites; the inlined entry stylesheet allowed by its hash (no 'unsafe-inline'); images also
 * from data: (the empty favicon) and blob: (a chart drawn to PNG goes through a blob: image);
 * script URLs only through the Trusted Types policy that starts the workers.
 * (`frame-ancestors` is added only in headersFile: a <meta> tag cannot carry it.)
 */
export function contentSecurityPolicy({ styleHashes = [] } = {}) {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    ['style-src', "'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types worker-scripts',
  ];
  return directives.join('; ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and scripts/serve-static.mjs read this format):
 * the policy again as a header, with `frame-ancestors` (clickjacking), which a <meta> cannot
 * carry; no MIME sniffing; no referrer (scenario names travel in URLs); hashed assets cached
 * for a year, the page revalidated.
 */
export function headersFile(policy, base = '/') {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
