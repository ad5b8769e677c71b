// What `deck dev` shows when a slide file stops compiling: the project's own message, with its file, line
// and fix, as the CLI prints it at startup, in the terminal and in place of the deck. No stack trace.
import { escapeHtml } from '../deck/html.ts';
import { DeckError } from '../errors.ts';

/** `deck: file:line: message`, then the hint, indented: the lines the CLI prints for the same error. */
export function errorReport(error: unknown): string[] {
  if (error instanceof DeckError) {
    const where = error.where === undefined ? '' : `${error.where}: `;
    return [`deck: ${where}${error.message}`, ...(error.hint === undefined ? [] : [`  ${error.hint}`])];
  }
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return [`deck: unexpected error: ${message}`, '  Stop deck dev, run it again with --debug, and report the output.'];
}

/**
 * A page of its own for the report, served instead of the deck. Vite adds its client script to it, so the
 * deck comes back by itself once the file is fixed. Each line is its own bidi paragraph, so an Arabic
 * title quoted in a message, or a stray direction mark in it, cannot reorder the file name or the hint.
 */
export function errorPage(report: readonly string[]): string {
  const [headline = '', ...hints] = report;
  const line = (text: string, kind: string): string => `<p class="${kind}" dir="auto">${escapeHtml(text.trim())}</p>`;
  return `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>deck: a slide file needs fixing</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main class="deck-error" role="alert">
      <h1>A slide file needs fixing</h1>
      ${[line(headline, 'problem'), ...hints.map((hint) => line(hint, 'hint'))].join('\n      ')}
      <p class="next" dir="auto">Save the file once it is fixed: the deck comes back here by itself.</p>
    </main>
  </body>
</html>
`;
}

// -- internal --

const STYLE = [
  'body { margin: 0; background: #13233a; color: #f4f1ea; font: 18px/1.6 system-ui, sans-serif; }',
  'main { max-width: 60rem; margin: 10vh auto; padding: 0 1.5rem; }',
  'h1 { font-size: 1.4rem; font-weight: 600; color: #f2b8a2; }',
  'p { unicode-bidi: plaintext; white-space: pre-wrap; overflow-wrap: anywhere; }',
  '.problem { font-family: ui-monospace, monospace; background: #0b1626; padding: 0.75rem 1rem; border-radius: 6px; }',
  '.next { opacity: 0.75; }',
].join(' ');
