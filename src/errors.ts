// Errors a person can act on: every failure the user can fix carries a code, where it happened and what to do.

export interface ErrorPlace {
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** 1-based line in that file, when one line is to blame. */
  line?: number;
  /** What the user can do about it, in one sentence. */
  hint?: string;
}

export class DeckError extends Error {
  readonly code: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(code: string, message: string, place: ErrorPlace = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.file = place.file;
    this.line = place.line;
    this.hint = place.hint;
  }

  /** `file:line` when known, for the first line of a report. */
  get where(): string | undefined {
    if (this.file === undefined) return undefined;
    return this.line === undefined ? this.file : `${this.file}:${this.line}`;
  }
}

/** The article cannot be read or understood. */
export class ArticleError extends DeckError {}

/** A slide file cannot be read, or writing one would lose the user's work. */
export class SlideFileError extends DeckError {}

/** A PDF could not be made: no browser, no port, nowhere to write, or a page that would print wrong. */
export class ExportError extends DeckError {}
