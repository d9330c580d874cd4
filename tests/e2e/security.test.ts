import { expect, test } from './fixtures';

test('npm start sends the security headers and the same CSP as the page', async ({ request }) => {
  const res = await request.get('/place/mosul');
  const headers = res.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const csp = headers['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
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

test('the page has no inline script but the hashed bootstrap, and no inline style', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)];
  expect(inline.length).toBe(1);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
});
