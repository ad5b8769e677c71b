// `deck generate`: the article file → slide files, written so that no hand edit is lost.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { replaceAtomically } from '../atomic.ts';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { assertArticleSize, decodeArticle } from '../article/decode.ts';
import { parseArticle } from '../article/parse.ts';
import { ArticleError, SlideFileError } from '../errors.ts';
import { applySync, readSlideFolder } from '../slides/disk.ts';
import { formatSlides } from '../slides/format.ts';
import { type Briefing, planSlides } from '../slides/plan.ts';
import { hasDrift, idConflicts, planSync, type SyncAction } from '../slides/sync.ts';
import { writing } from '../disk-errors.ts';
import { assertOutputPath, makeFolder } from '../output.ts';
import { qualityReport } from '../quality.ts';
import { PROJECT_ROOT } from '../vite/root.ts';
import type { QualityWarning } from '../warnings.ts';
import type { Console } from './console.ts';

export interface GenerateOptions {
  /** The article text file. Default `slides/article.txt`. */
  article: string;
  /** The folder the slide files go to. Default `slides/`. */
  out: string;
  /** Write nothing; exit 1 when the folder differs from what the article generates. */
  check: boolean;
  /** Overwrite slide files that were edited by hand. */
  force: boolean;
  /** Exit 1 when the quality report has anything to check. */
  strict: boolean;
  /** End with the command that presents the slides (off when a command goes on to present them itself). */
  nextStep: boolean;
  /** Who presents the briefing, for its cover. */
  presenter?: string;
  /** The day it is presented, for its cover (the article's own date otherwise). */
  date?: string;
  /** A picture file: copied into the slides folder, drawn on the cover and in the footer. */
  logo?: string;
}

export const GENERATE_DEFAULTS: GenerateOptions = { article: 'slides/article.txt', out: 'slides', check: false, force: false, strict: false, nextStep: true };

/** Runs the command; returns the exit code. Throws `DeckError` for input the user must fix. */
export async function generate(options: GenerateOptions, console: Console): Promise<number> {
  assertOutputPath(options.out, { article: options.article, project: PROJECT_ROOT }, '--out');
  const { text, warnings: readWarnings } = await readArticle(options.article);
  const article = parseArticle(text, { file: options.article });
  const logo = options.logo === undefined || options.check ? logoName(options.logo) : await copyLogo(options.logo, options.out);
  const { slides, warnings: planWarnings } = planSlides(article, { ...briefingOf(options), ...(logo === undefined ? {} : { logo }) });
  const existing = await readSlideFolder(options.out);
  const actions = planSync(formatSlides(slides, article), existing, options.force);
  assertNoIdConflict(actions, existing, options.out);
  if (!options.check) await applySync(options.out, actions);
  for (const action of actions) console.log(describe(action, options));
  console.log(summary(actions, slides.length, options));
  const warnings = [...readWarnings, ...planWarnings];
  for (const line of qualityReport(warnings, options.article)) console.log(line);
  if (!options.check && options.nextStep) console.log(`next: ${presentCommand(options.out)}   (deck build and deck pdf take the same --slides)`);
  if (options.strict && warnings.length > 0) return 1;
  return options.check && hasDrift(actions) ? 1 : 0;
}

/** The folder `deck present` generates an article's slides into: slides/ for the project's article, else NAME-slides/ beside it. */
export function slidesFolderFor(article: string): string {
  if (resolve(article) === resolve(GENERATE_DEFAULTS.article)) return GENERATE_DEFAULTS.out;
  return join(dirname(article), `${basename(article, extname(article))}-slides`);
}

// -- internal --

function briefingOf({ presenter, date }: GenerateOptions): Briefing {
  return { ...(presenter === undefined ? {} : { presenter }), ...(date === undefined ? {} : { date }) };
}

/** The logo's name in the slides folder: `logo` and the picture's own extension. */
function logoName(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const extension = extname(file).toLowerCase();
  if (!/^\.(?:png|jpe?g|svg|webp)$/u.test(extension)) {
    throw new ArticleError('logo-type', `the logo ${file} is not a PNG, JPEG, SVG or WebP picture`, { file, hint: 'Give a picture file with --logo, e.g. --logo brand/logo.png.' });
  }
  return `logo${extension}`;
}

/** Copies the logo into the slides folder (whole or not at all), returning its name there. */
async function copyLogo(file: string, out: string): Promise<string | undefined> {
  const name = logoName(file);
  if (name === undefined) return undefined;
  const bytes = await readFile(file).catch(() => {
    throw new ArticleError('logo-missing', `there is no logo file at ${file}`, { file, hint: 'Give the path of a picture file with --logo FILE.' });
  });
  await writing(
    out,
    async () => {
      await makeFolder(out);
      await replaceAtomically(join(out, name), (temp) => writeFile(temp, bytes));
    },
    'the logo',
  );
  return name;
}

function presentCommand(out: string): string {
  return resolve(out) === resolve(GENERATE_DEFAULTS.out) ? 'npx deck dev' : `npx deck dev --slides ${/\s/u.test(out) ? JSON.stringify(out) : out}`;
}

async function readArticle(file: string): Promise<{ text: string; warnings: QualityWarning[] }> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory() === true) {
    throw new ArticleError('article-folder', `${file} is a folder, not an article file`, {
      file,
      hint: 'Give the article’s text file itself with --article FILE (e.g. --article briefs/energy.txt).',
    });
  }
  if (info === undefined || !info.isFile()) {
    throw new ArticleError('article-missing', `there is no article file at ${file}`, {
      file,
      hint: 'Save the article as a plain-text file and give its path with --article FILE.',
    });
  }
  assertArticleSize(info.size, file);
  const decoded = decodeArticle(await readFile(file), file);
  return { text: decoded.text, warnings: decoded.warnings };
}

/** A kept hand-edited slide and a generated one would share an id: the deck would not build. Say so before writing. */
function assertNoIdConflict(actions: readonly SyncAction[], existing: ReadonlyMap<string, string>, out: string): void {
  const [conflict] = idConflicts(actions, existing);
  if (conflict === undefined) return;
  const keptNames = new Set(actions.filter((a) => a.kind === 'keep-edited').map((a) => a.name));
  const kept = conflict.names.find((name) => keptNames.has(name)) ?? conflict.names[0];
  const other = conflict.names.find((name) => name !== kept);
  throw new SlideFileError('slide-id-conflict', `${join(out, kept ?? '')} (edited by hand) and ${join(out, other ?? '')} would both have the id "${conflict.id}"`, {
    file: join(out, kept ?? ''),
    hint: `The article's slides moved since you edited it: give your file another id (and name), or run "deck generate --force" to replace it.`,
  });
}

function describe(action: SyncAction, { out, check }: GenerateOptions): string {
  const path = (name: string): string => join(out, name);
  switch (action.kind) {
    case 'write':
      return `  ${check ? 'would write' : 'wrote'}  ${path(action.file.name)}`;
    case 'overwrite':
      return `  ${check ? 'would overwrite' : 'overwrote'}  ${path(action.file.name)} (it had been edited by hand; --force)`;
    case 'unchanged':
      return `  unchanged  ${path(action.name)}`;
    case 'keep-edited':
      return action.wanted
        ? `  kept  ${path(action.name)} (edited by hand; --force replaces it with the generated slide)`
        : `  kept  ${path(action.name)} (written or edited by hand, not generated from the article; delete it if the deck should not show it)`;
    case 'remove':
      return `  ${check ? 'would remove' : 'removed'}  ${path(action.name)} (no longer generated)`;
  }
}

function summary(actions: readonly SyncAction[], slideCount: number, options: GenerateOptions): string {
  const count = (...kinds: SyncAction['kind'][]): number => actions.filter((a) => kinds.includes(a.kind)).length;
  const kept = count('keep-edited');
  const keptNote = kept === 0 ? '' : `, ${kept} kept (edited by hand)`;
  if (options.check) {
    const drift = count('write', 'overwrite', 'remove');
    return drift === 0
      ? `${options.out} is up to date with ${options.article} (${slideCount} slides${keptNote})`
      : `${options.out} differs from what ${options.article} generates in ${drift} file(s)${keptNote}: run deck generate`;
  }
  return `${slideCount} slides from ${options.article}: ${count('write', 'overwrite')} written, ${count('unchanged')} unchanged, ${count('remove')} removed${keptNote}`;
}
