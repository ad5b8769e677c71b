import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DeckError, SlideFileError } from '../../src/errors.ts';
import { errorPage, errorReport } from '../../src/vite/error-page.ts';

const unknownKind = new SlideFileError('unknown-kind', 'unknown slide kind "chart"', { file: 'slides/05-cause-1.md', line: 3, hint: 'Use one of: title, agenda.' });

describe('errorReport', () => {
  it('reads as the CLI’s report of the same error: file:line and message, then the hint', () => {
    expect(errorReport(unknownKind)).toEqual(['deck: slides/05-cause-1.md:3: unknown slide kind "chart"', '  Use one of: title, agenda.']);
  });

  it('leaves out what the error does not know', () => {
    expect(errorReport(new DeckError('x', 'no slides'))).toEqual(['deck: no slides']);
  });

  it('gives an unexpected error its first line only, never its stack', () => {
    const report = errorReport(new TypeError('boom\n    at compile (src/deck/compile.ts:1:1)'));
    expect(report[0]).toBe('deck: unexpected error: boom');
    expect(report.join('\n')).not.toMatch(/^\s*at /mu);
  });
});

describe('errorPage', () => {
  it('shows the report, each line its own bidi paragraph, escaped, with no script of its own', () => {
    const quoted = new SlideFileError('x', 'duplicate id "<b>أسباب</b>"', { file: 'slides/04.md', line: 2, hint: 'Rename one.' });
    const { document } = parseHTML(errorPage(errorReport(quoted)));
    const lines = [...document.querySelectorAll('main.deck-error p')];
    expect(lines.map((p) => p.textContent)).toEqual(['deck: slides/04.md:2: duplicate id "<b>أسباب</b>"', 'Rename one.', expect.stringContaining('comes back')]);
    expect(lines.every((p) => p.getAttribute('dir') === 'auto')).toBe(true);
    expect(document.querySelectorAll('main b, script').length).toBe(0);
    expect(document.querySelector('style')?.textContent).toContain('unicode-bidi: plaintext');
  });
});
