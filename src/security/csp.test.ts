import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, originOf, securityHeaders } from './csp';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('the content security policy', () => {
  it('allows no inline script, no eval and no inline style', () => {
    const csp = contentSecurityPolicy();
    expect(directive(csp, 'script-src')).toBe("'self'");
    expect(directive(csp, 'style-src')).toBe("'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
    expect(directive(csp, 'object-src')).toBe("'none'");
    expect(directive(csp, 'frame-ancestors')).toBe('*');
  });

  it('adds the data server’s origin to connect-src, and nothing for a path', () => {
    expect(directive(contentSecurityPolicy({ dataBase: 'https://stats.example.org/ml/v1/' }), 'connect-src')).toBe(
      "'self' https://stats.example.org",
    );
    expect(directive(contentSecurityPolicy({ dataBase: '/data/' }), 'connect-src')).toBe("'self'");
    expect(originOf('javascript:alert(1)')).toBeNull();
  });

  it('takes only valid sources for frame-ancestors', () => {
    expect(directive(contentSecurityPolicy({ frameAncestors: "'self' https://a.example.org" }), 'frame-ancestors')).toBe(
      "'self' https://a.example.org",
    );
    const injected = contentSecurityPolicy({ frameAncestors: "x; script-src 'unsafe-inline'" });
    expect(injected).not.toContain('unsafe-inline');
    expect(injected.split('; ')).toHaveLength(contentSecurityPolicy().split('; ').length);
    expect(directive(contentSecurityPolicy({ frameAncestors: ';;' }), 'frame-ancestors')).toBe("'none'");
  });

  it('writes a _headers file with every header', () => {
    const file = headersFile();
    for (const name of Object.keys(securityHeaders())) expect(file).toContain(`  ${name}: `);
    expect(file.split('\n')[1]).toBe('/*');
  });
});
