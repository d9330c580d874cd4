/**
 * A link-preview checker: fetches a page as a chat app's crawler would (no JavaScript), prints
 * the tags a preview is built from and checks them, and fetches the preview image to check it
 * is a 1200x630 PNG. `npm run check:tags -- http://localhost:4173/place/mosul`
 */
const url = process.argv[2] ?? 'http://localhost:4173/place/mosul';

const decode = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function tag(html, key) {
  const re = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`);
  const m = re.exec(html);
  return m ? decode(m[1]) : undefined;
}

const res = await fetch(url, { headers: { 'User-Agent': 'preview-checker' } });
const html = await res.text();
const found = {
  status: String(res.status),
  title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
  description: tag(html, 'description'),
  canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
  'og:type': tag(html, 'og:type'),
  'og:title': tag(html, 'og:title'),
  'og:description': tag(html, 'og:description'),
  'og:url': tag(html, 'og:url'),
  'og:image': tag(html, 'og:image'),
  'og:image:alt': tag(html, 'og:image:alt'),
  'twitter:card': tag(html, 'twitter:card'),
};

const problems = [];
if (res.status !== 200) problems.push(`status ${res.status}`);
if (!found.title) problems.push('no <title>');
if (!found.description) problems.push('no description');
else if (found.description.length > 160) problems.push('description over 160 characters');
for (const key of ['canonical', 'og:type', 'og:title', 'og:description', 'og:url', 'og:image'])
  if (!found[key]) problems.push(`no ${key}`);
if (found['twitter:card'] !== 'summary_large_image')
  problems.push('twitter:card is not summary_large_image');

let image = 'not checked';
if (found['og:image']) {
  // The tags carry the public address (SITE_URL); fetch the image from the server being checked.
  const path = new URL(found['og:image']).pathname;
  const img = await fetch(new URL(path, url));
  const bytes = new Uint8Array(await img.arrayBuffer());
  const png = bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const view = new DataView(bytes.buffer);
  const [w, h] = png ? [view.getUint32(16), view.getUint32(20)] : [0, 0];
  image = `${img.status} ${img.headers.get('content-type')} ${w}x${h} ${bytes.length} bytes`;
  if (img.status !== 200 || !png || w !== 1200 || h !== 630)
    problems.push(`preview image: ${image}`);
}

const width = Math.max(...Object.keys(found).map((k) => k.length));
for (const [k, v] of Object.entries(found)) console.log(`${k.padEnd(width)}  ${v ?? '(missing)'}`);
console.log(`${'image'.padEnd(width)}  ${image}`);
console.log(
  problems.length
    ? `\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`
    : '\nAll preview tags present and valid.',
);
process.exitCode = problems.length ? 1 : 0;
