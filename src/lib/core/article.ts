/**
 * Parses an article file: YAML front matter, then paragraphs separated by blank lines. The
 * words are kept verbatim; only the line breaks inside a paragraph become spaces.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Problem } from './problems';

export interface ArticleMeta {
  title: string;
  source: string;
  url?: string;
  published?: string;
  lang: string;
  /** The scale bar's units: metric unless the article says `units: imperial`. */
  units?: 'metric' | 'imperial';
}

export interface Article {
  meta: ArticleMeta;
  /** Paragraph texts; paragraph n (1-based) is `paragraphs[n - 1]`. */
  paragraphs: string[];
  /** The line of the file each paragraph starts on, for messages. */
  lines: number[];
}

const Meta = z.object({
  title: z.string().trim().min(1),
  source: z.string().trim().min(1),
  // Only web links: a javascript: or data: URL here would become a link on the page.
  url: z.url({ protocol: /^https?$/ }).optional(),
  // YAML reads an unquoted 2016-10-17 as a Date; accept both and keep the ISO date.
  published: z
    .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .optional(),
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
    .default('en'),
  units: z.enum(['metric', 'imperial']).optional(),
});

export function parseArticle(
  text: string,
  file: string,
): { article?: Article; problems: Problem[] } {
  const problems: Problem[] = [];
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(src);
  if (!fm) {
    problems.push({
      file,
      where: 'line 1',
      message: 'no front matter',
      fix: 'Start the file with a "---" line, then "title: ..." and "source: ...", then "---".',
    });
    return { problems };
  }
  let raw: unknown;
  try {
    raw = parseYaml(fm[1]) ?? {};
  } catch (e) {
    problems.push({
      file,
      where: 'front matter',
      message: `the front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`,
      fix: 'Write it as "key: value" lines.',
    });
    return { problems };
  }
  const meta = Meta.safeParse(raw);
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      const key = issue.path.join('.') || 'front matter';
      const missing = typeof raw !== 'object' || raw === null || !(key in raw);
      problems.push({
        file,
        where: 'front matter',
        message: missing ? `"${key}" is missing` : `"${key}" is invalid (${issue.message})`,
        fix:
          key === 'title'
            ? 'Add a line "title: <the headline>".'
            : key === 'source'
              ? 'Add a line "source: <the publisher>".'
              : `Fix or remove "${key}".`,
      });
    }
  }
  const bodyStartLine = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0) + 1;
  const body = src.slice(fm[0].length).split('\n');
  const paragraphs: string[] = [];
  const lines: number[] = [];
  let current: string[] = [];
  body.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
      return;
    }
    if (!current.length) lines.push(bodyStartLine + i);
    current.push(line.trim());
  });
  if (current.length) paragraphs.push(current.join(' '));
  if (paragraphs.length === 0) {
    problems.push({
      file,
      message: 'the article has no paragraphs',
      fix: 'Add the article text after the front matter, paragraphs separated by blank lines.',
    });
  }
  if (problems.length || !meta.success) return { problems };
  return { article: { meta: meta.data, paragraphs, lines }, problems };
}
