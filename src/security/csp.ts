/**
 * The Content-Security-Policy and other security headers of the built app (pure: used by
 * vite.config.ts for `vite preview` and the emitted `_headers` file, and by the README).
 *
 * - No inline script and no eval: script-src 'self' only (Vite's build has no inline script).
 * - style-src 'self': the CSS is in files; React's style props and d3's .style() set styles through
 *   the CSSOM, which CSP does not restrict, so 'unsafe-inline' is not needed.
 * - worker-src 'self' blob:: the upload parser and the map engine run in workers built as files;
 *   blob: stays for the map engine's fallback.
 * - img-src 'self' data: blob:: the favicon (data:), exported pictures and the map's images.
 * - connect-src 'self' plus the origin of VITE_DATA_BASE when it is on another site.
 * - frame-ancestors: who may embed the app in an iframe (embed mode); '*' by default, narrow it
 *   with ML_FRAME_ANCESTORS at build time (e.g. "'self' https://example.org").
 */

export interface CspOptions {
  /** VITE_DATA_BASE: an absolute URL adds its origin to connect-src; a path adds nothing. */
  dataBase?: string | undefined;
  /** The frame-ancestors sources; default '*'. */
  frameAncestors?: string | undefined;
}

/** The origin of an absolute http(s) URL, or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Only source expressions a CSP accepts: keywords, schemes, hosts; anything else (; , quotes) is dropped. */
function sanitizeSources(list: string): string {
  const tokens = list
    .split(/\s+/)
    .filter((token) => /^(?:'self'|'none'|\*|https?:|[a-z][a-z0-9+.-]*:\/\/[^\s;,'"]+|\*?\.?[a-z0-9.-]+(?::\d+)?)$/i.test(token));
  return tokens.length > 0 ? tokens.join(' ') : "'none'";
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const data = originOf(options.dataBase);
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', ["'self'", ...(data ? [data] : [])].join(' ')],
    ['worker-src', "'self' blob:"],
    ['manifest-src', "'self'"],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', sanitizeSources(options.frameAncestors?.trim() || '*')],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Every header the app should be served with. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The headers as a Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(options: CspOptions = {}): string {
  const lines = Object.entries(securityHeaders(options)).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages); see README.\n/*\n${lines.join('\n')}\n`;
}
