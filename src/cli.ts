// The `deck` command line: parses flags, calls a command, and turns a DeckError into a two-line message.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { GENERATE_DEFAULTS, generate, slidesFolderFor } from './commands/generate.ts';
import { bench } from './commands/bench.ts';
import { pdf } from './commands/pdf.ts';
import { PPTX_DEFAULTS, pptx } from './commands/pptx.ts';
import { buildSite, dev, previewSite, SINGLE_FILE_DEFAULT_OUT, SITE_DEFAULTS } from './commands/site.ts';
import { type Console, printable, terminal } from './commands/console.ts';
import { DeckError } from './errors.ts';

export interface CliStreams {
  console: Console;
  /** Where error reports go (standard error). */
  error(text: string): void;
}

const defaultStreams: CliStreams = { console: terminal, error: (text) => process.stderr.write(printable(text)) };

/** Runs `deck` with `argv` (without the node and script paths) and returns the exit code. */
export async function main(argv: readonly string[], streams: CliStreams = defaultStreams): Promise<number> {
  let exitCode = 0;
  const program = new Command('deck')
    .description('Arabic briefing decks: article text → Markdown slides → right-to-left reveal.js presentation')
    .option('--debug', 'print a stack trace with errors')
    .exitOverride()
    .configureOutput({ writeOut: (text) => streams.console.log(text.trimEnd()), writeErr: streams.error });

  program
    .command('generate')
    .description('turn the article into slide files (NN-name.md), keeping any file edited by hand')
    .option('--article <file>', 'the article, as a plain-text file', GENERATE_DEFAULTS.article)
    .option('--out <dir>', 'the folder for the slide files', GENERATE_DEFAULTS.out)
    .option('--check', 'write nothing; exit 1 if the slide files differ from what the article generates', false)
    .option('--force', 'also overwrite slide files edited by hand', false)
    .option('--strict', 'exit 1 when the quality report has anything to check (a guessed title, a shortened headline …)', false)
    .option('--presenter <name>', 'who presents the briefing, shown on its cover')
    .option('--date <date>', 'the day it is presented, shown on its cover as written (default: the article’s own date)')
    .option('--logo <file>', 'a picture (PNG, JPEG, SVG, WebP) copied into the slides folder, drawn on the cover and in the footer')
    .action(async (options: typeof GENERATE_DEFAULTS) => {
      exitCode = await generate({ ...GENERATE_DEFAULTS, ...options }, streams.console);
    });

  program
    .command('present')
    .description('from an article to a deck on screen: generate its slides, then present them (deck generate, then deck dev)')
    .argument('[article]', 'the article, as a plain-text file', GENERATE_DEFAULTS.article)
    .option('--out <dir>', 'the folder for the slide files (default: slides/ for slides/article.txt, else NAME-slides/ beside the article)')
    .option('--port <number>', 'the port (the next free one if busy)', parsePort)
    .action(async (article: string, options: { out?: string; port?: number }) => {
      const out = options.out ?? slidesFolderFor(article);
      exitCode = await generate({ ...GENERATE_DEFAULTS, article, out, nextStep: false }, streams.console);
      if (exitCode !== 0) return;
      await dev({ ...SITE_DEFAULTS, slides: out, ...(options.port === undefined ? {} : { port: options.port }) }, streams.console);
      await untilStopped();
    });

  program
    .command('dev')
    .description('present the deck from a local server; edits to slide files reload it')
    .option('--slides <dir>', 'the folder of slide files', SITE_DEFAULTS.slides)
    .option('--port <number>', 'the port (the next free one if busy)', parsePort)
    .action(async (options: { slides: string; port?: number }) => {
      await dev({ ...SITE_DEFAULTS, ...options }, streams.console);
      await untilStopped();
    });

  program
    .command('build')
    .description('build the deck as a static site that works from any path of any host')
    .option('--slides <dir>', 'the folder of slide files', SITE_DEFAULTS.slides)
    .option('--out <path>', `the output folder (default ${SITE_DEFAULTS.out}), or with --single-file the file (default ${SINGLE_FILE_DEFAULT_OUT})`)
    .option('--single-file', 'one self-contained HTML file that opens from disk with no server or network', false)
    .option('--no-notes', 'leave the speaker notes out of everything built, for a public audience')
    .option('--site-url <url>', 'the address the deck will be served from, for absolute link-preview URLs', parseSiteUrl)
    .option('--no-subset', 'ship the whole font files, not just the characters the deck uses (to compare)')
    .action(async (options: { slides: string; out?: string; singleFile: boolean; notes: boolean; siteUrl?: string; subset: boolean }) => {
      const out = options.out ?? (options.singleFile ? SINGLE_FILE_DEFAULT_OUT : SITE_DEFAULTS.out);
      const { subset, ...rest } = options;
      await buildSite({ ...SITE_DEFAULTS, ...rest, out, siteUrl: options.siteUrl, subsetFonts: subset }, streams.console);
    });

  program
    .command('preview')
    .description('serve a built deck locally, as a static host would')
    .option('--out <dir>', 'the build folder', SITE_DEFAULTS.out)
    .option('--port <number>', 'the port (fails if busy)', parsePort)
    .action(async (options: { out: string; port?: number }) => {
      await previewSite({ ...SITE_DEFAULTS, ...options }, streams.console);
      await untilStopped();
    });

  program
    .command('pdf')
    .description('print the deck to PDF in Chromium: one page per slide, or with --notes a handout')
    .option('--slides <dir>', 'the folder of slide files', SITE_DEFAULTS.slides)
    .option('--out <file>', 'the PDF to write (default out/deck.pdf, with --notes out/deck-notes.pdf)')
    .option('--notes', 'follow each slide with a page of its speaker notes', false)
    .option('--handout', 'a notes-page handout: each slide and its notes on one A4 portrait page (out/deck-handout.pdf)', false)
    .option('--port <number>', 'the loopback port to serve the deck on while printing (default: a free one)', parsePort)
    .action(async (options: { slides: string; out?: string; notes: boolean; handout: boolean; port?: number }) => {
      exitCode = await pdf(options, streams.console);
    });

  program
    .command('pptx')
    .description('write the deck as an editable right-to-left PowerPoint file with its speaker notes, and its fonts beside it')
    .option('--slides <dir>', 'the folder of slide files', PPTX_DEFAULTS.slides)
    .option('--out <file>', 'the .pptx file to write; the fonts go in a fonts/ folder beside it', PPTX_DEFAULTS.out)
    .option('--no-notes', 'an audience deck: no speaker notes anywhere in the file')
    .action(async (options: { slides: string; out: string; notes: boolean }) => {
      exitCode = await pptx(options, streams.console);
    });

  program
    .command('bench')
    .description('measure the deck against plain reveal.js and Marp: bytes, load time, build, PDF, generate')
    .option('--slides <dir>', 'the folder of slide files', SITE_DEFAULTS.slides)
    .option('--article <file>', 'the article, for timing deck generate', GENERATE_DEFAULTS.article)
    .option('--loads <number>', 'page loads per deck and condition for the paint and keys times', (v) => Number.parseInt(v, 10), 10)
    .option('--skip-peers', 'leave Marp out (it is installed into bench/.peers on first use)', false)
    .action(async (options: { slides: string; article: string; loads: number; skipPeers: boolean }) => {
      exitCode = await bench(options, streams.console);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, argv.includes('--debug'), streams);
  }
}

// -- internal --

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('give a port number from 1 to 65535');
  return port;
}

function parseSiteUrl(value: string): string {
  if (!/^https?:\/\/[^\s]+$/u.test(value)) throw new InvalidArgumentError('give the full address, e.g. https://example.org/team/briefing/');
  return value;
}

/** Servers run until Ctrl-C; the process exits then, closing them. */
function untilStopped(): Promise<never> {
  return new Promise(() => {});
}

function report(error: unknown, debug: boolean, streams: CliStreams): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander has printed it already
  if (error instanceof DeckError) {
    const where = error.where === undefined ? '' : `${error.where}: `;
    streams.error(`deck: ${where}${error.message}\n${error.hint === undefined ? '' : `  ${error.hint}\n`}`);
  } else {
    streams.error(`deck: unexpected error: ${error instanceof Error ? error.message : String(error)}\n  Run again with --debug and report the output.\n`);
  }
  if (debug && error instanceof Error && error.stack !== undefined) streams.error(`${error.stack}\n`);
  return 1;
}
