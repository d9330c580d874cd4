/**
 * The label planner's one entry point: the names a map shows at one framing, placed so that no
 * two collide. In: the candidates (the story's places and the locator context: countries, seas,
 * reference cities, rivers; `ContextSources`), the framing (`StillView`: a projection, the box
 * in degrees and the zoom), and the room, which already holds the obstacles (the map's controls,
 * a preview's own marks). Out: the story's names, placed first so that they win every collision,
 * then the context's, in the live map's order, each with its lines, position, anchor offset and
 * style; and the names it could not place, each with why (past the map's edge, or on a name, a
 * marker, a city's dot or a control). Names are measured in the map's face (labels/measure).
 *
 * The poster (server/poster/poster-names) and every preview image (server/previews) plan with it.
 */
import { cityDots, planContext } from './context-plan';
import { storyLabels } from './story-labels';
import type {
  ContextPlan,
  ContextSources,
  DroppedLabel,
  LabelSpace,
  PlannedLabel,
  StillView,
  StoryLabel,
} from './types';

export interface LabelPlan {
  /** The story's names, in the order placed. */
  story: PlannedLabel[];
  /** The story's names in view that found no spot, and why. */
  dropped: DroppedLabel[];
  /** The context: its names, and the rivers, lakes and city dots drawn with them. */
  context: ContextPlan;
}

export interface PlanOptions {
  /** The story labels drawn (a preview draws its other places itself); all when undefined. */
  only?: (l: StoryLabel) => boolean;
  /** A place the image names itself, in lower case: neither its label nor its country's. */
  except?: string;
  /** The places in focus, by id: named first (the live map's focus). */
  focus?: readonly string[];
}

export function planNames(
  sources: ContextSources,
  frame: StillView,
  space: LabelSpace,
  { only, except, focus }: PlanOptions = {},
): LabelPlan {
  const avoid = cityDots(sources, frame);
  const story = storyLabels(sources, frame, space, { only, except, focus, avoid });
  const skip = (name: string) => story.skip(name) || name.toLowerCase() === except;
  const context = planContext(sources, frame, space, skip);
  return { story: story.labels, dropped: story.dropped, context };
}
