/**
 * Imports articles of the GeoVirus corpus (Gritta et al., "What's missing in geographical
 * parsing?", 2018: Wikinews articles, CC BY 2.5, with every place name located by hand) as
 * labelled stories for `npm run eval:draft -- --root tests/draft-heldout`:
 *
 *   npx tsx scripts/heldout/geovirus-import.ts <GeoVirus.xml> <out-dir> <wikinews-title>...
 *
 * GeoVirus.xml is in github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation
 * (data/Corpora). Each title becomes `<out-dir>/<slug>/article.md` (the corpus's paragraphs,
 * verbatim) and `gold.json`: one place per Wikipedia page the annotators linked, named by its
 * most frequent form, with its other forms, its point and its number of mentions. The kind
 * is left as "?" for the labeller to set (city, country, region, water, feature, landmark);
 * the importer never guesses it, so that nothing here is tuned to the drafter.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [xmlFile, out, ...titles] = process.argv.slice(2);
if (!xmlFile || !out || !titles.length) {
  console.error(
    'Usage: tsx scripts/heldout/geovirus-import.ts <GeoVirus.xml> <out-dir> <title>...',
  );
  process.exit(2);
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const tag = (s: string, name: string) =>
  unescape(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(s)?.[1] ?? '').trim();

interface Chunk {
  text: string;
  locations: { name: string; lat: number; lon: number; page: string }[];
}
const bySource = new Map<string, Chunk[]>();
for (const [, a] of readFileSync(xmlFile, 'utf8').matchAll(/<article>([\s\S]*?)<\/article>/g)) {
  const source = tag(a, 'source');
  const locations = [...a.matchAll(/<location>([\s\S]*?)<\/location>/g)].map(([, l]) => ({
    name: tag(l, 'name'),
    lat: Number(tag(l, 'lat')),
    lon: Number(tag(l, 'lon')),
    page: tag(l, 'page'),
  }));
  const list = bySource.get(source) ?? [];
  list.push({ text: tag(a, 'text'), locations });
  bySource.set(source, list);
}

for (const title of titles) {
  const url = `https://en.wikinews.org/wiki/${title}`;
  const chunks = bySource.get(url);
  if (!chunks) {
    console.error(`${title}: not in the corpus`);
    process.exitCode = 1;
    continue;
  }
  const heading = decodeURIComponent(title).replace(/_/g, ' ');
  const slug = decodeURIComponent(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  const dir = join(out, slug);
  mkdirSync(dir, { recursive: true });
  const md = [
    '---',
    `title: ${JSON.stringify(heading)}`,
    'source: Wikinews (CC BY 2.5), via the GeoVirus corpus',
    `url: ${url}`,
    '---',
    '',
    ...chunks.map((c) => c.text.replace(/\s+/g, ' ') + '\n'),
  ].join('\n');
  writeFileSync(join(dir, 'article.md'), md);

  const places = new Map<string, { forms: Map<string, number>; point: [number, number] }>();
  for (const l of chunks.flatMap((c) => c.locations)) {
    const key = l.page || l.name;
    const p = places.get(key) ?? { forms: new Map(), point: [l.lon, l.lat] };
    p.forms.set(l.name, (p.forms.get(l.name) ?? 0) + 1);
    places.set(key, p);
  }
  const gold = [...places.entries()].map(([page, p]) => {
    const forms = [...p.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    return {
      name: forms[0],
      ...(forms.length > 1 ? { names: forms.slice(1) } : {}),
      kind: '?',
      point: p.point,
      mentions: [...p.forms.values()].reduce((a, b) => a + b, 0),
      page,
    };
  });
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ places: gold }, null, 2) + '\n');
  console.log(`${slug}: ${gold.length} places`);
}
