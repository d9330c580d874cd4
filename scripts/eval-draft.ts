/**
 * `npm run eval:draft`: scores `npm run draft` against the labelled stories in tests/draft/
 * (see src/lib/server/draft/evaluate.ts for what counts as found) and prints, per story and
 * overall, place precision, recall and F1, mention precision and recall, the share of places
 * flagged for review, the precision of the places drafted firmly (not flagged), and the time
 * each draft took; then recall by the kind of the labelled place. `--root <dir>` scores another
 * folder.
 */
import { evaluate, type StoryScore } from '../src/lib/server/draft/evaluate.ts';

const i = process.argv.indexOf('--root');
const root = i > 0 ? process.argv[i + 1] : 'tests/draft';
const { stories, overall } = evaluate(root);

const f = (x: number) => x.toFixed(2);
const head = [
  'story',
  'gold',
  'drafted',
  'found',
  'P',
  'R',
  'F1',
  'mention P',
  'mention R',
  'review',
  'firm P',
  's',
];
const row = (s: StoryScore) => [
  s.story,
  String(s.gold),
  String(s.drafted),
  String(s.found),
  f(s.precision),
  f(s.recall),
  f(s.f1),
  f(s.mentionPrecision),
  f(s.mentionRecall),
  f(s.review),
  f(s.firm.drafted ? s.firm.found / s.firm.drafted : 1),
  s.seconds.toFixed(2),
];
const rows = [...stories.map(row), row(overall)];
const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
const line = (r: string[]) =>
  r.map((c, k) => (k ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.slice(0, -1).forEach((r) => console.log(line(r)));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows[rows.length - 1]));
console.log('');
for (const s of stories) {
  if (s.missed.length) console.log(`${s.story}: missed ${s.missed.join(', ')}`);
  if (s.extra.length)
    console.log(
      `${s.story}: extra ${s.extra.map((e) => (e.review ? `${e.name} (flagged)` : e.name)).join(', ')}`,
    );
}

// Recall by the gold place's kind, pooled over the stories.
console.log('');
const kinds = Object.entries(overall.kinds).sort((a, b) => b[1].gold - a[1].gold);
const kindRows = kinds.map(([kind, k]) => [
  kind,
  String(k.gold),
  String(k.found),
  f(k.found / k.gold),
]);
const kindHead = ['kind', 'gold', 'found', 'R'];
const kw = kindHead.map((h, k) => Math.max(h.length, ...kindRows.map((r) => r[k].length)));
const kline = (r: string[]) =>
  r.map((c, k) => (k ? c.padStart(kw[k]) : c.padEnd(kw[k]))).join('  ');
console.log(kline(kindHead));
console.log(kw.map((w) => '-'.repeat(w)).join('  '));
kindRows.forEach((r) => console.log(kline(r)));
