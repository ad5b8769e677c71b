// planSlides: Article → Slide[], the briefing's running order and what each slide says.
import type { Article, Item, Paragraph, Section } from '../article/model.ts';
import { ArticleError } from '../errors.ts';
import { type BulletOptions, bulletsFrom, candidateBullets, pickBullets } from './clauses.ts';
import { headlineOf } from './headline.ts';
import { type Labels, labelsFor } from './labels.ts';
import { type Slide, isAgendaTarget } from './model.ts';
import { splitViews, withoutAttribution } from './views.ts';
import { type Vocabulary, vocabularyFor } from './vocabulary.ts';

export interface SlidePlan {
  slides: Slide[];
  /** Places where text had to be cut mid-phrase: worth a look before presenting. */
  warnings: string[];
}

/** What a slide may hold: measured against a 16:9 slide read from the back of a briefing room. */
export const LIMITS = {
  headlineWords: 8,
  bullet: { max: 4, maxWords: 18, pick: 'richest' } satisfies BulletOptions,
  // The context bullet keeps its sentence's object («أثار القرار … تساؤلات»), which needs a few more words.
  context: { max: 4, maxWords: 22, pick: 'richest' } satisfies BulletOptions,
  conclusionBullets: 3,
  paragraphsPerSlide: 2,
} as const;

/**
 * The most slides a deck may have. A briefing has tens; a thousand still builds in seconds, and the
 * bound keeps a runaway input (thousands of numbered lines) from making a deck nobody can present.
 */
export const MAX_SLIDES = 1000;

export function planSlides(article: Article): SlidePlan {
  const planned = new Planner(article).plan();
  const plan = { ...planned, slides: planned.slides.map(withShortWords) };
  if (plan.slides.length > MAX_SLIDES) {
    throw new ArticleError('article-too-many-slides', `the article would make ${plan.slides.length} slides; a deck holds at most ${MAX_SLIDES}`, {
      hint: 'Split the article into several, or check that it is one article: every numbered line becomes a slide.',
    });
  }
  return plan;
}

// -- internal --

const CAUSE_HEADINGS = /أسباب|اسباب|دوافع|عوامل|\b(?:causes?|reasons?|drivers?|factors?)\b/iu;
const CONSEQUENCE_HEADINGS = /تداعيات|آثار|اثار|نتائج|انعكاسات|\b(?:consequences?|implications?|effects?|impacts?)\b/iu;

type BodySlide = Exclude<Slide, { kind: 'title' | 'agenda' | 'source' }>;

class Planner {
  private readonly vocabulary: Vocabulary;
  private readonly labels: Labels;
  private readonly warnings: string[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly article: Article) {
    this.vocabulary = vocabularyFor(article.language);
    this.labels = labelsFor(article.language);
  }

  plan(): SlidePlan {
    const { article } = this;
    const title: Slide = {
      kind: 'title',
      id: this.uniqueId('title'),
      title: article.title,
      ...(article.kicker === undefined ? {} : { kicker: article.kicker }),
      ...(article.source === undefined ? {} : { source: article.source.name }),
      notes: [article.titleLine.text],
    };
    const agendaId = this.uniqueId('agenda');
    const body = [...this.context(), ...article.sections.flatMap((section) => this.section(section)), ...this.conclusion()];
    const slides = [title, this.agenda(agendaId, body), ...body, this.source()];
    return { slides, warnings: this.warnings };
  }

  private agenda(id: string, body: BodySlide[]): Slide {
    const entries = body.filter(isAgendaTarget).map((slide) => ({ label: slide.title, target: slide.id }));
    const headings = this.article.sections.map((section) => section.heading).filter((heading) => heading !== '');
    const notes = headings.length > 0 ? headings : entries.map((entry) => entry.label);
    return { kind: 'agenda', id, title: this.labels.agenda, entries: unique(entries, (e) => e.label), notes };
  }

  /** The intro; an article with no headings at all continues as one slide per group of paragraphs. */
  private context(): BodySlide[] {
    const { intro, sections } = this.article;
    const [lead, ...others] = intro;
    if (lead === undefined) return [];
    const paragraphs = sections.length === 0 ? [lead] : intro;
    const context: BodySlide = {
      kind: 'context',
      id: this.uniqueId('context'),
      title: this.labels.context,
      bullets: this.bulletList(texts(paragraphs), LIMITS.context),
      notes: texts(paragraphs),
    };
    if (sections.length > 0) return [context];
    return [context, ...chunk(others, LIMITS.paragraphsPerSlide).map((group) => this.headlinedSlide('section', group))];
  }

  private section(section: Section): BodySlide[] {
    if (section.items.length > 0) {
      const kind = CAUSE_HEADINGS.test(section.heading) ? 'cause' : 'point';
      return section.items.map((item, index) => this.point(kind, item, index === 0 ? section.paragraphs : []));
    }
    const kind = CONSEQUENCE_HEADINGS.test(section.heading) ? 'consequences' : 'section';
    const slides: BodySlide[] = [];
    let run: Paragraph[] = [];
    const flush = (): void => {
      for (const group of chunk(run, LIMITS.paragraphsPerSlide)) slides.push(this.sectionSlide(kind, section, group, slides.length));
      run = [];
    };
    for (const paragraph of section.paragraphs) {
      const outlooks = this.outlooks(paragraph);
      if (outlooks === undefined) run.push(paragraph);
      else (flush(), slides.push(outlooks));
    }
    flush();
    return slides;
  }

  /** A numbered point: its opening phrase as the headline, clauses of the rest as bullets. */
  private point(kind: 'cause' | 'point', item: Item, lead: Paragraph[]): BodySlide {
    const { headline, rest, hard } = headlineOf(item.text, this.vocabulary, LIMITS.headlineWords);
    if (hard) this.warnings.push(`line ${item.paragraphs[0]?.line}: the headline «${headline}» was cut; give the point a shorter opening phrase`);
    const bullets = this.bulletList([rest, ...texts(item.paragraphs.slice(1))], LIMITS.bullet);
    return { kind, id: this.uniqueId(kind, true), title: headline, bullets, notes: texts([...lead, ...item.paragraphs]) };
  }

  private sectionSlide(kind: 'consequences' | 'section', section: Section, group: Paragraph[], index: number): BodySlide {
    if (section.heading === '') return this.headlinedSlide(kind, group);
    const title = index === 0 ? section.heading : `${section.heading} (${this.labels.continued})`;
    const id = this.uniqueId(kind, kind === 'section');
    return { kind, id, title, bullets: this.bulletList(texts(group), LIMITS.bullet), notes: texts(group) };
  }

  /** A slide for paragraphs without a heading: the first paragraph's opening phrase heads it. */
  private headlinedSlide(kind: 'consequences' | 'section', group: Paragraph[]): BodySlide {
    const [first, ...others] = group;
    const { headline, rest } = headlineOf(first?.text ?? '', this.vocabulary, LIMITS.headlineWords);
    const bullets = this.bulletList([rest, ...texts(others)], LIMITS.bullet);
    const id = this.uniqueId(kind, kind === 'section');
    return { kind, id, title: headline || this.labels.keyPoints, bullets, notes: texts(group) };
  }

  private outlooks(paragraph: Paragraph): BodySlide | undefined {
    const views = splitViews(paragraph.text);
    if (views === undefined) return undefined;
    const firstClause = (text: string): string =>
      bulletsFrom([text], this.vocabulary, { ...LIMITS.bullet, max: 1, pick: 'first' }).bullets[0] ?? text;
    const labels = this.labels.views.nouns.find((noun) => noun.match.test(views.first)) ?? this.labels.views;
    const lead = views.preamble === '' ? undefined : firstClause(views.preamble);
    return {
      kind: 'outlooks',
      id: this.uniqueId('outlooks'),
      title: this.labels.outlooks,
      ...(lead === undefined ? {} : { lead }),
      views: [
        { label: labels.first, claim: firstClause(withoutAttribution(views.first)) },
        { label: labels.second, claim: firstClause(withoutAttribution(views.second)) },
      ],
      notes: [paragraph.text],
    };
  }

  private conclusion(): BodySlide[] {
    const paragraphs = this.article.conclusion;
    if (paragraphs.length === 0) return [];
    const { bullets: candidates, warnings } = candidateBullets(texts(paragraphs), this.vocabulary, LIMITS.bullet.maxWords);
    this.warnings.push(...warnings);
    const [lead = '', ...rest] = candidates;
    const bullets = pickBullets(rest, { ...LIMITS.bullet, max: LIMITS.conclusionBullets });
    return [{ kind: 'conclusion', id: this.uniqueId('conclusion'), title: this.labels.conclusion, lead, bullets, notes: texts(paragraphs) }];
  }

  private source(): Slide {
    const { source, id, titleLine } = this.article;
    return {
      kind: 'source',
      id: this.uniqueId('source'),
      title: this.labels.source,
      ...(source === undefined ? {} : { source: source.name }),
      ...(id === undefined ? {} : { articleId: id }),
      articleTitle: titleLine.text,
      notes: [source?.text ?? titleLine.text],
    };
  }

  private bulletList(paragraphs: string[], options: BulletOptions): string[] {
    const { bullets, warnings } = bulletsFrom(paragraphs, this.vocabulary, options);
    this.warnings.push(...warnings);
    return bullets;
  }

  /** `base`, or `base-2`, `base-3` … once taken; numbered kinds start at `base-1`. */
  private uniqueId(base: string, numbered = false): string {
    const candidate = (n: number): string => (n === 1 && !numbered ? base : `${base}-${n}`);
    let n = 1;
    while (this.ids.has(candidate(n))) n++;
    this.ids.add(candidate(n));
    return candidate(n);
  }

}

function texts(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((p) => p.text);
}
/** The longest word a slide shows whole; longer runs (a pasted URL, a line with no spaces) are cut. */
export const MAX_WORD_CHARS = 40;

/** The slide with every shown word within MAX_WORD_CHARS; the notes keep the text as written. */
function withShortWords(slide: Slide): Slide {
  const clamp = (text: string): string => text.replace(new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'gu'), (word) => `${[...word].slice(0, MAX_WORD_CHARS).join('')}…`);
  const shown = { title: clamp(slide.title) };
  switch (slide.kind) {
    case 'title':
      return { ...slide, ...shown, ...(slide.kicker === undefined ? {} : { kicker: clamp(slide.kicker) }) };
    case 'agenda':
      return { ...slide, ...shown, entries: slide.entries.map((e) => ({ ...e, label: clamp(e.label) })) };
    case 'context':
    case 'cause':
    case 'point':
    case 'consequences':
    case 'section':
      return { ...slide, ...shown, bullets: slide.bullets.map(clamp) };
    case 'outlooks':
      return { ...slide, ...shown, ...(slide.lead === undefined ? {} : { lead: clamp(slide.lead) }), views: [{ ...slide.views[0], claim: clamp(slide.views[0].claim) }, { ...slide.views[1], claim: clamp(slide.views[1].claim) }] };
    case 'conclusion':
      return { ...slide, ...shown, lead: clamp(slide.lead), bullets: slide.bullets.map(clamp) };
    case 'source':
      return { ...slide, ...shown, articleTitle: clamp(slide.articleTitle), ...(slide.source === undefined ? {} : { source: clamp(slide.source) }) };
  }
}

function chunk<T>(list: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < list.length; i += size) groups.push(list.slice(i, i + size));
  return groups;
}

function unique<T>(list: T[], key: (item: T) => string): T[] {
  return list.filter((item, index) => list.findIndex((other) => key(other) === key(item)) === index);
}
