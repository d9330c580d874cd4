/**
 * The measures by name, and `--only`: `npm run bench -- --only heap,selection` (or
 * `--only=heap,selection`) runs those measures only, for quick comparisons. A name that is not
 * registered is an error that lists the valid ones, rather than a run that quietly measures
 * nothing.
 */

/**
 * @typedef {object} Measure
 * @property {string} name what `--only` calls it
 * @property {string} key where its figures go in results.json
 * @property {string} step how progress lines name it
 * @property {boolean} [browser] it needs the Playwright chromium
 * @property {string[]} [needs] measures whose results it reads (run when it is asked for)
 * @property {(ctx: { browser?: import('@playwright/test').Browser, results: any }) => unknown} run
 */

/**
 * @param {readonly string[]} argv the command line's arguments
 * @param {readonly string[]} names the registered names
 * @returns {Set<string> | undefined} the names asked for, or undefined for all
 * @throws {Error} for an unknown or missing name
 */
export function parseOnly(argv, names) {
  const i = argv.indexOf('--only');
  const list = i >= 0 ? (argv[i + 1] ?? '') : argv.find((a) => a.startsWith('--only='))?.slice(7);
  if (list === undefined) return undefined;
  const asked = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = asked.filter((n) => !names.includes(n));
  if (unknown.length || !asked.length)
    throw new Error(
      `${unknown.length ? `Unknown measure: ${unknown.join(', ')}` : '--only names no measure'}. ` +
        `Valid names: ${names.join(', ')}.`,
    );
  return new Set(asked);
}

/**
 * The measures to run, in registry order: those asked for and those they need.
 * @param {readonly Measure[]} registry
 * @param {Set<string> | undefined} only
 */
export function selectMeasures(registry, only) {
  if (!only) return [...registry];
  const wanted = new Set(only);
  for (const m of registry) if (wanted.has(m.name)) for (const n of m.needs ?? []) wanted.add(n);
  return registry.filter((m) => wanted.has(m.name));
}
