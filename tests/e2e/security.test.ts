import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

test('npm start sends the security headers and the same CSP as the page', async ({ request }) => {
  const res = await request.get('/place/mosul');
  const headers = res.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const csp = headers['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  // The site, SvelteKit's bootstrap and the colour scheme's script (app.html), by hash only.
  expect(csp).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain('frame-ancestors *');
  const html = await res.text();
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1];
  expect(csp.startsWith(meta.replace(/&#39;/g, "'"))).toBe(true);
  // Hashed assets are cached for a year; pages are revalidated.
  expect(headers['cache-control']).toBe('no-cache');
  const asset = /\/_app\/immutable\/[^"]+\.js/.exec(html)![0];
  const assetRes = await request.get(asset, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(assetRes.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(assetRes.headers()['content-encoding']).toBe('br');
});

test('the page has no inline script but the hashed two, and no inline style', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  // SvelteKit's bootstrap and the colour scheme's, each allowed by its own hash.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.length).toBe(2);
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1];
  for (const [, body] of inline)
    expect(csp).toContain(`sha256-${createHash('sha256').update(body).digest('base64')}`);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
});
