/**
 * `npm run eval:draft`: scores `npm run draft` against the labelled stories in tests/draft/
 * (see src/lib/server/draft/evaluate.ts for what counts as found) and prints, per story and
 * overall, place precision, recall and F1, mention precision and recall, the share of places
 * flagged for review, the precision of the places drafted firmly (not flagged), and the time
 * each draft took; then recall by the kind of the labelled place, and over every kind but
 * landmarks and streets (which no offline gazetteer holds).
 *
 * It scores the set the drafter was tuned on (tests/draft) and, apart, each held-out set under
 * tests/draft-held-out (never tuned on: see its README). `--root <dir>` scores one folder only.
 */
import { evaluate, type StoryScore } from '../src/lib/server/draft/evaluate.ts';

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const i = process.argv.indexOf('--root');
const HELD_OUT = 'tests/draft-held-out';
const roots =
  i > 0
    ? [process.argv[i + 1]]
    : [
        'tests/draft',
        ...(existsSync(HELD_OUT)
          ? readdirSync(HELD_OUT, { withFileTypes: true })
              .filter((d) => d.isDirectory())
              .map((d) => join(HELD_OUT, d.name))
              .sort()
          : []),
      ];
/** Kinds that no offline gazetteer holds, reported apart. */
const APART = new Set(['landmark', 'street']);

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
/**
 * Prints a table: the first column left-aligned, the others right-aligned; a rule under the
 * head, and one above each row of `ruledAbove` (the overall row).
 */
function printTable(head: string[], rows: string[][], ruledAbove = new Set<number>()) {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (r: string[]) =>
    r.map((c, k) => (k ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log(line(head));
  console.log(rule);
  rows.forEach((r, k) => {
    if (ruledAbove.has(k)) console.log(rule);
    console.log(line(r));
  });
}

for (const root of roots) report(root);

function report(root: string) {
  const { stories, overall } = evaluate(root);
  console.log(
    `# ${root}${root === 'tests/draft' ? ' (tuned on)' : root.startsWith(HELD_OUT) ? ' (held out)' : ''}\n`,
  );
  printTable(head, [...stories.map(row), row(overall)], new Set([stories.length]));
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
  printTable(
    ['kind', 'gold', 'found', 'R'],
    Object.entries(overall.kinds)
      .sort((a, b) => b[1].gold - a[1].gold)
      .map(([kind, k]) => [kind, String(k.gold), String(k.found), f(k.found / k.gold)]),
  );
  const kept = Object.entries(overall.kinds).filter(([kind]) => !APART.has(kind));
  const gold = kept.reduce((a, [, k]) => a + k.gold, 0);
  const found = kept.reduce((a, [, k]) => a + k.found, 0);
  console.log(
    `\nrecall without landmarks and streets: ${found}/${gold} = ${f(found / gold)}; ` +
      `precision of the places not flagged: ${overall.firm.found}/${overall.firm.drafted} = ${f(overall.firm.found / overall.firm.drafted)}\n`,
  );
}
