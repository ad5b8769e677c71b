// planSlides: Article → Slide[], the briefing's running order and what each slide says.
import type { Article, Paragraph } from '../article/model.ts';
import { ArticleError } from '../errors.ts';
import type { QualityWarning } from '../warnings.ts';
import { candidateBullets, pickBullets } from './bullets.ts';
import { LIMITS, PlanContext, prose, texts } from './context.ts';
import { labelsFor } from './labels.ts';
import type { Slide } from './model.ts';
import { outlooksSlide } from './outlooks.ts';
import { type BodySlide, headlessSlides, sectionSlides } from './sections.ts';
import { vocabularyFor } from './vocabulary.ts';
import { withShortWords } from './words.ts';

export { LIMITS } from './context.ts';

export interface SlidePlan {
  slides: Slide[];
  /** What the user should check before presenting: a guessed title, a shortened headline … */
  warnings: QualityWarning[];
}

/**
 * The most slides a deck may have. A briefing has tens; a thousand still builds in seconds, and the
 * bound keeps a runaway input (thousands of numbered lines) from making a deck nobody can present.
 */
export const MAX_SLIDES = 1000;

/** What the person presenting adds to the cover: not in the article. */
export interface Briefing {
  /** Who presents the briefing. */
  presenter?: string;
  /** The day it is presented, as it should be shown; the article's own date otherwise. */
  date?: string;
  /** The logo's file name in the slides folder. */
  logo?: string;
}

export function planSlides(article: Article, briefing: Briefing = {}): SlidePlan {
  const ctx = new PlanContext(vocabularyFor(article.language), labelsFor(article.language));
  const title = titleSlide(article, briefing, ctx);
  const agendaId = ctx.id('agenda');
  const context = contextSlides(article, ctx);
  const sections = bodySlides(article, ctx);
  const body = [...context, ...sections.slides, ...conclusionSlides(article, ctx)];
  // Without sections, every slide after the context is a part of the argument.
  const parts = article.sections.length > 0 ? sections.parts : new Set(context.slice(1));
  const source = sourceSlide(article, ctx);
  const last = body.at(-1);
  if (source === undefined && last !== undefined) last.notes.push(...texts(article.back));
  // An agenda of one entry says nothing the next slide does not: a deck of one part goes without.
  const agenda = agendaSlide(agendaId, body, parts, ctx);
  const outline = agenda.kind === 'agenda' && agenda.entries.length < 2 ? [] : [agenda];
  const slides = [title, ...outline, ...body, ...(source === undefined ? [] : [source])].map(withShortWords);
  if (slides.length > MAX_SLIDES) {
    throw new ArticleError('article-too-many-slides', `the article would make ${slides.length} slides; a deck holds at most ${MAX_SLIDES}`, {
      hint: 'Split the article into several, or check that it is one article: every numbered line becomes a slide.',
    });
  }
  return { slides, warnings: [...article.warnings, ...ctx.warnings] };
}

// -- internal --

function titleSlide(article: Article, briefing: Briefing, ctx: PlanContext): Slide {
  const { front } = article;
  const title = front.titleGuessed ? guessedTitle(article, ctx) : front.title;
  const { kicker, subtitle, author, publisher } = front;
  const { presenter, logo } = briefing;
  return {
    kind: 'title',
    id: ctx.id('title'),
    title,
    ...defined({ kicker, subtitle, author, publisher, date: briefing.date ?? front.date, presenter, logo }),
    notes: front.lines.length > 0 ? texts(front.lines) : [title],
  };
}

/** No title line: the opening phrase of the text stands in, and the user is told to check it. */
function guessedTitle(article: Article, ctx: PlanContext): string {
  const first = [...article.intro, ...article.sections.flatMap((s) => [...s.paragraphs, ...s.items.flatMap((i) => i.paragraphs)])].find((p) => p.aside === undefined);
  const { headline } = ctx.headline(first?.text ?? '', first?.line, 10);
  ctx.warn('title-guessed', `the article has no title line; the title «${headline}» was made from its first sentence: give it a title line`, first?.line);
  return headline;
}

function agendaSlide(id: string, body: BodySlide[], parts: ReadonlySet<BodySlide>, ctx: PlanContext): Slide {
  const listed = body.filter((slide) => parts.has(slide) || slide.kind === 'outlooks' || slide.kind === 'conclusion');
  const entries = listed.map((slide) => ({ label: slide.title, target: slide.id }));
  const unique = entries.filter((entry, index) => entries.findIndex((other) => other.label === entry.label) === index);
  const separator = ctx.labels === labelsFor('ar') ? '؛ ' : '; ';
  const notes = [`${ctx.labels.agenda}: ${unique.map((entry) => entry.label).join(separator)}`];
  return { kind: 'agenda', id, title: ctx.labels.agenda, entries: unique, notes };
}

/** The intro; an article with no sections continues as slides of a few paragraphs each. */
function contextSlides(article: Article, ctx: PlanContext): BodySlide[] {
  const { intro, sections } = article;
  const lead = intro.find((p) => p.aside === undefined);
  if (lead === undefined) return [];
  const own = sections.length === 0 ? intro.slice(0, intro.indexOf(lead) + 1) : intro;
  // A paragraph of the intro that weighs two views is a slide of its own, after the context.
  const outlooks = own.slice(1).flatMap((p) => (p.aside === undefined ? (outlooksSlide(p, ctx) ?? []) : []));
  const shown = own.filter((p) => !outlooks.some((slide) => slide.notes[0] === p.text));
  const context: BodySlide = {
    kind: 'context',
    id: ctx.id('context'),
    title: ctx.labels.context,
    bullets: ctx.bullets(prose(shown), LIMITS.context, lead.line),
    notes: texts(shown),
  };
  if (sections.length > 0) return [context, ...outlooks];
  return [context, ...headlessSlides(intro.slice(own.length), ctx)];
}

/** The sections' slides, and the first slide of each section: what the agenda lists. */
function bodySlides(article: Article, ctx: PlanContext): { slides: BodySlide[]; parts: Set<BodySlide> } {
  const slides: BodySlide[] = [];
  const parts = new Set<BodySlide>();
  let carried: Paragraph[] = [];
  for (const section of article.sections) {
    const made = sectionSlides(section, carried, ctx);
    carried = made.length === 0 ? [...carried, ...section.headingLines, ...section.paragraphs] : [];
    if (made[0] !== undefined) parts.add(made[0]);
    slides.push(...made);
  }
  const last = slides.at(-1);
  if (last !== undefined) last.notes.push(...texts(carried));
  return { slides, parts };
}

function conclusionSlides(article: Article, ctx: PlanContext): BodySlide[] {
  const paragraphs = article.conclusion;
  const first = paragraphs.find((p) => p.aside === undefined);
  if (first === undefined) return [];
  if (paragraphs.length === 1) {
    const outlooks = outlooksSlide(first, ctx);
    if (outlooks !== undefined) return [outlooks];
  }
  // The main point is set apart in larger type and may run as long as the context's bullets.
  const lead = ctx.firstClause(prose(paragraphs).join(' '), LIMITS.context.maxWords, first.line);
  const candidates = ctx.report(candidateBullets(prose(paragraphs), ctx.vocabulary, LIMITS.bullet.maxWords), first.line);
  const rest = candidates.filter((c) => lead === undefined || !lead.startsWith(c.text.replace(/…$/u, '')));
  const bullets = pickBullets(rest.slice(lead === undefined ? 1 : 0), LIMITS.conclusionBullets).map((b) => ({ text: b.text }));
  return [{ kind: 'conclusion', id: ctx.id('conclusion'), title: ctx.labels.conclusion, lead: lead ?? candidates[0]?.text ?? '', bullets, notes: texts(paragraphs) }];
}

/** The closing slide: who wrote and published the article, when. Left out, with a warning, when the text says none of it. */
function sourceSlide(article: Article, ctx: PlanContext): Slide | undefined {
  const { author, publisher, date, id } = article.front;
  if (author === undefined && publisher === undefined) {
    ctx.warn('source-missing', 'the article names no author or publisher, so the deck has no source slide: add a «المصدر: …» (or "Source: …") line at its end');
    return undefined;
  }
  const notes = texts(article.back);
  return {
    kind: 'source',
    id: ctx.id('source'),
    title: ctx.labels.source,
    ...defined({ author, publisher, date, articleId: id }),
    notes: notes.length > 0 ? notes : [`${ctx.labels.source}: ${[publisher, author, date].filter((part) => part !== undefined).join(' · ')}`],
  };
}

function defined<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')) as Partial<Record<keyof T, string>>;
}
