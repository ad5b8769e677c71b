// A paragraph that weighs two views against each other → the outlooks slide, the two views side by side.
import type { Paragraph } from '../article/model.ts';
import { LIMITS, type PlanContext } from './context.ts';
import type { Slide } from './model.ts';
import { splitViews, withoutAttribution } from './views.ts';

export type OutlooksSlide = Extract<Slide, { kind: 'outlooks' }>;

/** The outlooks slide of `paragraph`, or undefined when it does not set two views against each other. */
export function outlooksSlide(paragraph: Paragraph, ctx: PlanContext): OutlooksSlide | undefined {
  const views = splitViews(paragraph.text);
  if (views === undefined) return undefined;
  const firstClause = (text: string): string | undefined => ctx.firstClause(text, LIMITS.bullet.maxWords, paragraph.line);
  const first = firstClause(withoutAttribution(views.first));
  const second = firstClause(withoutAttribution(views.second));
  if (first === undefined || second === undefined) return undefined;
  const labels = ctx.labels.views.nouns.find((noun) => noun.match.test(views.first)) ?? ctx.labels.views;
  const lead = views.preamble === '' ? undefined : firstClause(views.preamble);
  return {
    kind: 'outlooks',
    id: ctx.id('outlooks'),
    title: ctx.labels.outlooks,
    ...(lead === undefined ? {} : { lead }),
    views: [
      { label: labels.first, claim: first },
      { label: labels.second, claim: second },
    ],
    notes: [paragraph.text],
  };
}
