/**
 * The design moved to `src/lib/design/`. This path stays only for the golden tests that are
 * being rewritten (tests/unit/poster.test.ts, preview.test.ts, tests/fixtures/golden/plans.ts);
 * once they import `src/lib/design`, delete it.
 */
export * from './design';
