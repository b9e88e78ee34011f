import { describe, expect, it } from 'vitest';
import { basePath, contentSecurityPolicy, headersFile } from '../../scripts/static-hosting.mjs';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('static hosting settings', () => {
  it('normalises the base path to a leading and trailing slash', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('fine-tune-or-prompt')).toBe('/fine-tune-or-prompt/');
    expect(basePath('/a/b//')).toBe('/a/b/');
  });

  it('the policy allows nothing from elsewhere, no eval and no inline style without its hash', () => {
    const policy = directives(contentSecurityPolicy({ styleHashes: ['abc='] }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-inline'");
    // A <meta> policy cannot carry frame-ancestors; only the header file has it.
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('the headers file sends the policy with frame-ancestors, nosniff and no referrer', () => {
    const policy = contentSecurityPolicy();
    const file = headersFile(policy, '/fine-tune-or-prompt/');
    expect(file).toContain('/fine-tune-or-prompt/*\n');
    expect(file).toContain(`  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  Referrer-Policy: no-referrer\n');
    expect(file).toMatch(/\/fine-tune-or-prompt\/assets\/\*\n {2}Cache-Control: .*immutable/);
  });
});
