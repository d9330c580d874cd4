/** A problem found in a story's input: where it is, what is wrong, and how to fix it. */
export interface Problem {
  file: string;
  /** A line number, or a place id or feature index, when the problem has a narrower home. */
  where?: string;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.where ? ` (${p.where})` : ''}: ${p.message}. ${p.fix}`;
}

/** Thrown when a story cannot be built; carries every problem, not just the first. */
export class StoryError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The story has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'StoryError';
  }
}
