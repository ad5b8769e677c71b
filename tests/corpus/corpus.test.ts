// Every fixture article against the outline written for it by hand, then one quality line for the whole corpus.
import { afterAll, describe, expect, it } from 'vitest';
import { type DeckReport, deckReport, outlines, same } from './outline.ts';

const reports: DeckReport[] = [];

describe.each(outlines())('$name ($shape)', (outline) => {
  const report = deckReport(outline);
  reports.push(report);
  const codes = report.warnings.map((w) => w.code);
  const titleSlide = report.slides[0];
  const sourceSlide = report.slides.find((s) => s.kind === 'source');

  it('has the right title, kicker and subtitle', () => {
    expect(titleSlide?.title, 'title').toSatisfy((t: string) => report.titleRight || same(t, outline.title ?? ''));
    if (outline.title === '~') expect(codes).toContain('title-guessed');
    else expect(codes).not.toContain('title-guessed');
    for (const field of ['kicker', 'subtitle'] as const) {
      const value = titleSlide?.kind === 'title' ? titleSlide[field] : undefined;
      if (outline[field] === undefined) expect(value, field).toBeUndefined();
      else expect(same(value ?? '', outline[field] ?? ''), `${field}: ${value}`).toBe(true);
    }
  });

  it('names the source the text names, or says there is none', () => {
    if (outline.source === 'none') {
      expect(sourceSlide).toBeUndefined();
      expect(codes).toContain('source-missing');
      return;
    }
    expect(sourceSlide, 'source slide').toBeDefined();
    const shown = sourceSlide?.kind === 'source' ? sourceSlide : undefined;
    for (const field of ['author', 'publisher'] as const) {
      if (outline[field] !== undefined) expect(shown?.[field], field).toSatisfy((v: string | undefined) => v !== undefined && same(v, outline[field] ?? ''));
    }
    if (outline.date !== undefined) expect(shown?.date ?? '', 'date').toContain((outline.date.match(/\d+/u) ?? [''])[0]);
    expect(same(shown?.publisher ?? '', titleSlide?.title ?? '!'), 'the title passed off as the source').toBe(false);
  });

  it('reports a cut-off article, and only then', () => {
    expect(codes.includes('article-cut')).toBe(outline.cut);
    for (const code of outline.warnings) expect(codes).toContain(code);
  });

  it('has the expected kinds and headlines, in order', () => {
    const shown = report.body.map((s) => `${s.kind}: ${s.title}`);
    const expected = outline.slides.map((s) => `${s.kind}: ${s.titles.join(' | ') || '~'}`);
    expect(report.kindsRight && report.headsFound === report.headsExpected, `got\n${shown.join('\n')}\nexpected\n${expected.join('\n')}`).toBe(true);
  });

  it('has no fragment bullet, no cut headline and no empty slide', () => {
    expect(report.fragments).toEqual([]);
    expect(report.badHeadlines).toEqual([]);
    expect(report.emptySlides).toEqual([]);
  });

  it('keeps every line of the article in exactly one slide’s notes', () => {
    expect(report.notesProblems).toEqual([]);
  });
});

afterAll(() => {
  const sum = (f: (r: DeckReport) => number): number => reports.reduce((total, r) => total + f(r), 0);
  const bullets = sum((r) => r.slides.reduce((n, s) => n + ('bullets' in s ? s.bullets.length : 0), 0));
  console.log(
    `corpus: ${reports.length} articles · titles right ${sum((r) => Number(r.titleRight))}/${reports.length}` +
      ` · kinds right ${sum((r) => Number(r.kindsRight))}/${reports.length} · heads found ${sum((r) => r.headsFound)}/${sum((r) => r.headsExpected)}` +
      ` · fragment bullets ${sum((r) => r.fragments.length)}/${bullets} · cut headlines ${sum((r) => r.badHeadlines.length)}` +
      ` · empty slides ${sum((r) => r.emptySlides.length)} · lines not in the notes once ${sum((r) => r.notesProblems.length)}`,
  );
});
