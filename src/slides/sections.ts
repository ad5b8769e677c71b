// One section of the article → its slides: a divider and a slide per point, one slide of short points, or
// slides of its paragraphs.
import type { Item, Paragraph, Section } from '../article/model.ts';
import { words } from '../text/normalize.ts';
import { announcedTopic, headlineOf } from './headline.ts';
import { shorten, tidyEnd } from './phrases.ts';
import { LIMITS, type PlanContext, prose, texts } from './context.ts';
import { paragraphKind, sectionKind } from './kinds.ts';
import type { Bullet, ItemKind, Slide } from './model.ts';
import { outlooksSlide } from './outlooks.ts';

export type BodySlide = Exclude<Slide, { kind: 'title' | 'agenda' | 'source' }>;

/** The slides of `section`; `carried` are lines from before it (an empty heading above it) for its first notes. */
export function sectionSlides(section: Section, carried: Paragraph[], ctx: PlanContext): BodySlide[] {
  if (section.items.length === 0) return paragraphSlides(section, carried, ctx);
  const kind = sectionKind(section);
  if (section.items.every(isShort)) return groupedSlides(section, kind, carried, ctx);
  const items = section.items.flatMap((item) => itemSlides(item, kind, ctx));
  const intro = [...carried, ...section.headingLines, ...section.paragraphs];
  if (items.length < 2 && intro.length === 0) return items;
  return [dividerSlide(section, kind, intro, items.filter((slide) => slide.kind === kind), ctx), ...items];
}

/** Paragraphs with no section: the context slide's followers, a slide per few paragraphs, headed by their opening. */
export function headlessSlides(paragraphs: Paragraph[], ctx: PlanContext): BodySlide[] {
  return chunk(paragraphs, LIMITS.headlessParagraphsPerSlide).flatMap((group): BodySlide[] => {
    const first = group.find((p) => p.aside === undefined);
    if (first === undefined) return [];
    const outlooks = outlooksSlide(first, ctx);
    if (outlooks !== undefined && group.length === 1) return [outlooks];
    const head = ctx.headline(first.text, first.line);
    const bullets = ctx.pointBullets(first.text, head, prose(group.filter((p) => p !== first)), LIMITS.bullet, first.line);
    return [{ kind: 'section', id: ctx.id('section', true), title: head.headline || ctx.labels.keyPoints, bullets, notes: texts(group) }];
  });
}

// -- internal --

/** A point with only a sentence to say: a bullet on its section's slide rather than a slide of its own. */
function isShort(item: Item): boolean {
  return item.children.length === 0 && prose(item.paragraphs).length === 1 && words(item.text).length <= LIMITS.shortItemWords;
}

function dividerSlide(section: Section, group: ItemKind, notes: Paragraph[], items: BodySlide[], ctx: PlanContext): BodySlide {
  const title = sectionTitle(section, group, ctx);
  const leadSource = section.lead ?? prose(section.paragraphs).join(' ');
  const lead = leadSource === '' ? undefined : ctx.firstClause(leadSource, LIMITS.context.maxWords, section.line);
  const points = items.length <= LIMITS.dividerPoints ? items.map((slide) => slide.title) : [];
  const id = ctx.id(DIVIDER_IDS[group]);
  return { kind: 'divider', id, title, group, ...(lead === undefined ? {} : { lead }), points, notes: texts(notes) };
}

/** A point's slide, then an outlooks slide for a paragraph under it that weighs two views. */
function itemSlides(item: Item, kind: ItemKind, ctx: PlanContext): BodySlide[] {
  const [line, ...more] = item.paragraphs;
  const outlooks = more.map((p) => (p.aside === undefined ? outlooksSlide(p, ctx) : undefined));
  const kept = more.filter((_, index) => outlooks[index] === undefined);
  const own = itemSlide({ ...item, paragraphs: line === undefined ? kept : [line, ...kept] }, kind, ctx);
  return [own, ...outlooks.filter((slide) => slide !== undefined)];
}

function itemSlide(item: Item, kind: ItemKind, ctx: PlanContext): BodySlide {
  const line = item.paragraphs[0]?.line;
  const head = ctx.headline(item.text, line);
  const { headline } = head;
  const fromChildren = item.children.slice(0, LIMITS.bullet.max).map((child) => pointBullet(child, LIMITS.bullet.maxWords, ctx));
  const room = LIMITS.bullet.max - fromChildren.length;
  const own = room > 0 ? ctx.pointBullets(item.text, head, prose(item.paragraphs.slice(1)), { ...LIMITS.bullet, max: room }, line) : [];
  const bullets = [...own, ...fromChildren];
  const shown = bullets.length > 0 ? bullets : fallbackBullet(item.text, headline, ctx);
  if (shown.length === 0) ctx.warn('slide-thin', `the slide «${headline}» has a headline and nothing else; add a point or merge it`, line);
  const notes = [item, ...item.children].flatMap((i) => texts(i.paragraphs));
  return { kind, id: ctx.id(kind, true), title: headline, bullets: shown, notes };
}

/** When no clause stands alone: the item's first sentence, whole, if it says more than its headline. */
function fallbackBullet(text: string, headline: string, ctx: PlanContext): Bullet[] {
  const [first = ''] = text.split(/(?<=[.!?\u061F])\s/u);
  const { head } = shorten(first, LIMITS.bullet.maxWords, ctx.vocabulary);
  const bullet = tidyEnd(head, ctx.vocabulary);
  return words(bullet).length > words(headline).length + 2 ? [{ text: bullet }] : [];
}

/** Short points as the bullets of one slide (or a few, when there are many), titled with the section's heading. */
function groupedSlides(section: Section, kind: ItemKind, carried: Paragraph[], ctx: PlanContext): BodySlide[] {
  const title = sectionTitle(section, kind, ctx);
  const groups = balance(section.items);
  ctx.warn('items-grouped', `${section.items.length} short points under «${title}» are bullets on ${groups.length === 1 ? 'one slide' : `${groups.length} slides`}`, section.line);
  return groups.map((group, index) => {
    const bullets = group.map((item) => pointBullet(item, LIMITS.grouped.maxWords, ctx));
    const lines = [...(index === 0 ? [...carried, ...section.headingLines, ...section.paragraphs] : []), ...group.flatMap((item) => item.paragraphs)];
    return { kind, id: ctx.id(GROUP_IDS[kind], groups.length > 1), title, bullets, notes: texts(lines) };
  });
}

/**
 * A point as one bullet: its head in bold, then the first clause of the rest that stands alone
 * («**تراجع تكلفة الألواح**: انخفضت أسعارها بأكثر من النصف»); the point whole when it has no such head.
 */
function pointBullet(item: Item, maxWords: number, ctx: PlanContext): Bullet {
  const line = item.paragraphs[0]?.line;
  const { headline, rest, restStands } = headlineOf(item.text, ctx.vocabulary, LIMITS.headlineWords);
  const detail = restStands && words(headline).length <= 6 ? ctx.firstClause(rest, maxWords - words(headline).length, line) : undefined;
  if (detail !== undefined) return { lead: headline, text: detail };
  const { head, hard } = shorten(item.text, maxWords, ctx.vocabulary);
  if (hard) ctx.warn('bullet-shortened', `a point was cut mid-phrase: «${head}»`, line);
  return { text: tidyEnd(head, ctx.vocabulary) };
}

/** Slides of a section without points: up to three paragraphs each, titled with the heading. */
function paragraphSlides(section: Section, carried: Paragraph[], ctx: PlanContext): BodySlide[] {
  const kind = paragraphKind(section);
  const slides: BodySlide[] = [];
  let notes: Paragraph[] = [...carried, ...section.headingLines];
  let run: Paragraph[] = [];
  const flush = (): void => {
    for (const group of chunk(run, LIMITS.paragraphsPerSlide)) {
      const title = section.heading === '' ? ctx.headline(prose(group)[0] ?? '', group[0]?.line).headline : ctx.headline(section.heading, section.line).headline;
      const bullets = ctx.bullets(prose(group), LIMITS.bullet, group[0]?.line);
      slides.push({ kind, id: ctx.id(kind, kind === 'section'), title, bullets, notes: texts([...notes, ...group]) });
      notes = [];
    }
    run = [];
  };
  for (const paragraph of section.paragraphs) {
    const outlooks = paragraph.aside === undefined ? outlooksSlide(paragraph, ctx) : undefined;
    if (outlooks === undefined) {
      run.push(paragraph);
      continue;
    }
    flush();
    slides.push({ ...outlooks, notes: [...texts(notes), ...outlooks.notes] });
    notes = [];
  }
  flush();
  return slides;
}

/** The section's heading; without one, what its lead sentence announces («أبرز هذه التحديات» → «التحديات»). */
function sectionTitle(section: Section, kind: ItemKind, ctx: PlanContext): string {
  if (section.heading !== '') return ctx.headline(section.heading, section.line).headline;
  const topic = section.announcement === undefined ? undefined : announcedTopic(section.announcement);
  return topic ?? ctx.labels.groups[kind];
}

/** Items split into slides of at most five bullets and about 75 words, as even as the count allows. */
function balance(items: readonly Item[]): Item[][] {
  const total = items.reduce((sum, item) => sum + Math.min(words(item.text).length, LIMITS.grouped.maxWords), 0);
  const slides = Math.max(Math.ceil(items.length / LIMITS.grouped.max), Math.ceil(total / LIMITS.grouped.wordsPerSlide));
  const size = Math.ceil(items.length / slides);
  return chunk([...items], size);
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < list.length; i += size) groups.push(list.slice(i, i + size));
  return groups;
}

const DIVIDER_IDS: Record<ItemKind, string> = {
  cause: 'causes',
  consequences: 'consequences-part',
  scenario: 'scenarios',
  recommendation: 'recommendations',
  lesson: 'lessons',
  finding: 'findings',
  point: 'points',
};

const GROUP_IDS: Record<ItemKind, string> = { ...DIVIDER_IDS, consequences: 'consequences' };
