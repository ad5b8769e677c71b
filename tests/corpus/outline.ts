// The expected outline of a fixture article (written by hand beside it) and how a planned deck compares with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseArticle } from '../../src/article/parse.ts';
import type { Slide } from '../../src/slides/model.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { comparable } from '../../src/text/normalize.ts';
import type { QualityWarning } from '../../src/warnings.ts';
import { ROOT } from '../helpers.ts';
import { fragmentReason, headlineProblem } from './fragments.ts';

export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles');

export interface ExpectedSlide {
  kind: string;
  /** Acceptable headlines; empty for any. */
  titles: string[];
}

export interface Outline {
  name: string;
  /** The article file's path. */
  file: string;
  shape: string;
  language: string;
  title?: string;
  kicker?: string;
  subtitle?: string;
  author?: string;
  publisher?: string;
  date?: string;
  source?: 'none';
  cut: boolean;
  warnings: string[];
  slides: ExpectedSlide[];
}

/** Every fixture that has an outline beside it. */
export function outlines(folder: string = FIXTURES): Outline[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.outline.yaml'))
    .sort()
    .map((file) => readOutline(file.replace(/\.outline\.yaml$/u, ''), folder));
}

export function readOutline(name: string, folder: string = FIXTURES): Outline {
  const yaml = readFileSync(join(folder, `${name}.outline.yaml`), 'utf8');
  const raw = parse(yaml) as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof raw[key] === 'string' || typeof raw[key] === 'number' ? String(raw[key]) : undefined);
  const slides = (raw['slides'] as unknown[]).map((entry): ExpectedSlide => {
    if (typeof entry === 'string') return { kind: entry, titles: [] };
    const [kind, value] = Object.entries(entry as Record<string, unknown>)[0] ?? ['', null];
    const titles = value === null || value === '~' ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
    return { kind, titles };
  });
  if (raw['title'] === null) raw['title'] = '~';
  return {
    name,
    file: text('article') === undefined ? join(folder, `${name}.txt`) : join(ROOT, text('article') ?? ''),
    shape: text('shape') ?? yaml.match(/^# shape: (.*)$/mu)?.[1] ?? '',
    language: text('language') ?? 'ar',
    ...optional({ title: text('title'), kicker: text('kicker'), subtitle: text('subtitle'), author: text('author'), publisher: text('publisher'), date: text('date') }),
    ...(raw['source'] === 'none' ? { source: 'none' as const } : {}),
    cut: raw['cut'] === true,
    warnings: Array.isArray(raw['warnings']) ? raw['warnings'].map(String) : [],
    slides,
  };
}

/** What the corpus measures of one deck. */
export interface DeckReport {
  outline: Outline;
  slides: Slide[];
  warnings: QualityWarning[];
  /** The body between the agenda and the source slide. */
  body: Slide[];
  titleRight: boolean;
  kindsRight: boolean;
  headsFound: number;
  headsExpected: number;
  fragments: string[];
  badHeadlines: string[];
  emptySlides: string[];
  /** Lines of the article not in exactly one slide's notes. */
  notesProblems: string[];
}

export function deckReport(outline: Outline): DeckReport {
  const text = readFileSync(outline.file, 'utf8');
  const { slides, warnings } = planSlides(parseArticle(text));
  const body = slides.filter((s) => s.kind !== 'title' && s.kind !== 'agenda' && s.kind !== 'source');
  const title = slides[0]?.title ?? '';
  const titleRight = outline.title === undefined || outline.title === '~' ? title !== '' : same(title, outline.title);
  const kindsRight = body.map((s) => s.kind).join(' ') === outline.slides.map((s) => s.kind).join(' ');
  const pairs = outline.slides.map((expected, index) => ({ expected, slide: body[index] }));
  const withTitles = pairs.filter(({ expected }) => expected.titles.length > 0);
  const headsFound = withTitles.filter(({ expected, slide }) => slide !== undefined && expected.titles.some((t) => same(t, slide.title))).length;
  return {
    outline,
    slides,
    warnings,
    body,
    titleRight,
    kindsRight,
    headsFound,
    headsExpected: withTitles.length,
    fragments: bulletsOf(slides).flatMap((b) => (fragmentReason(b) === undefined ? [] : [`«${b}»: ${fragmentReason(b)}`])),
    badHeadlines: headlinesOf(slides).flatMap((h) => (headlineProblem(h) === undefined ? [] : [`«${h}»: ${headlineProblem(h)}`])),
    emptySlides: slides.filter((s) => 'bullets' in s && s.bullets.length === 0 && s.kind !== 'conclusion').map((s) => s.id),
    notesProblems: notesProblems(text, slides),
  };
}

/** Headlines compared as a reader compares them: marks, tatweel and alef forms aside. */
export function same(a: string, b: string): boolean {
  const fold = (s: string): string => comparable(s).replace(/[«»“”"'.,،:؛?؟()]/gu, '').replace(/\s+/gu, ' ').trim();
  return fold(a) === fold(b);
}

// -- internal --

function optional(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

function bulletsOf(slides: readonly Slide[]): string[] {
  return slides.flatMap((s) => {
    if ('bullets' in s) return s.bullets.map((b) => b.text);
    if (s.kind === 'outlooks') return s.views.map((v) => v.claim);
    return [];
  });
}

function headlinesOf(slides: readonly Slide[]): string[] {
  return slides.filter((s) => s.kind !== 'title' && s.kind !== 'agenda' && s.kind !== 'source').map((s) => s.title);
}

/** Every line of the article is in one slide's notes; a line the article repeats (a caption) in no more slides than it has copies. */
function notesProblems(text: string, slides: readonly Slide[]): string[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((l) => l.trim()).filter((l) => l !== '');
  const problems: string[] = [];
  for (const line of new Set(lines)) {
    const holders = slides.filter((s) => s.notes.includes(line));
    if (holders.length >= 1 && holders.length <= lines.filter((l) => l === line).length) continue;
    problems.push(`${holders.length === 0 ? 'missing' : `in ${holders.map((s) => s.id).join(', ')}`}: «${line.slice(0, 50)}»`);
  }
  return problems;
}
