/** For the drafter's tests: a draft of an article made of these paragraphs. */
import { parseArticle } from '../../core/article';
import { draftArticle, type Draft } from './draft';

export function draftText(...paragraphs: string[]): Draft {
  const text = `---\ntitle: Test\nsource: Test Desk\n---\n\n${paragraphs.join('\n\n')}\n`;
  const { article } = parseArticle(text, 'test.md');
  return draftArticle(article!);
}

/** The drafted place of this name, if any. */
export const placeNamed = (d: Draft, name: string) => d.places.find((p) => p.name === name);
