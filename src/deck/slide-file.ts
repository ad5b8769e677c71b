// Reads one slide file (front matter, Markdown body, notes) and checks it, or says which line to fix.
import { parseDocument } from 'yaml';
import { SlideFileError } from '../errors.ts';
import { SLIDE_KINDS, type SlideKind } from '../slides/model.ts';
import { assertWithinBounds } from './bounds.ts';
import { splitNotes } from './notes.ts';

/** A slide file as written on disk. */
export interface SlideFileText {
  /** The path to show in messages. */
  path: string;
  content: string;
}

/** A slide file, read and checked. */
export interface SourceSlide {
  path: string;
  id: string;
  kind: SlideKind;
  title: string;
  /** Every front-matter field, as written (strings, numbers, booleans). */
  fields: Readonly<Record<string, unknown>>;
  /** The Markdown between the front matter and the notes. */
  body: string;
  /** The speaker notes: plain-text paragraphs. */
  notes: string[];
}

export function parseSlideFile({ path, content }: SlideFileText): SourceSlide {
  assertWithinBounds(path, content);
  const text = content.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const match = FRONT_MATTER.exec(text);
  if (match?.[1] === undefined && text.startsWith('---\n')) {
    throw new SlideFileError('slide-front-matter', 'the front matter has no closing "---" line', {
      file: path,
      line: 1,
      hint: 'End the front matter (the "id:", "kind:", "title:" lines) with a line holding only "---".',
    });
  }
  if (match?.[1] === undefined) {
    throw new SlideFileError('slide-front-matter', 'the file does not start with front matter', {
      file: path,
      line: 1,
      hint: 'Start the file with a line "---", then "id:", "kind:" and "title:" lines, then another "---".',
    });
  }
  const fields = readFields(match[1], path);
  const { body, notes } = splitNotes(text.slice(match[0].length));
  return {
    path,
    id: requiredString(fields, 'id', path, match[1]),
    kind: kindOf(fields, path, match[1]),
    title: requiredString(fields, 'title', path, match[1]),
    fields,
    body,
    notes,
  };
}

// -- internal --

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/u;
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

function readFields(yaml: string, path: string): Record<string, unknown> {
  const document = parseDocument(yaml, { prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    throw new SlideFileError('slide-front-matter', `the front matter is not valid YAML: ${error.message.split('\n')[0]}`, {
      file: path,
      // The front matter starts on the file's line 2.
      line: yaml.slice(0, error.pos[0]).split('\n').length + 1,
      hint: 'Write each field as "name: value"; put quotes around a value that contains ": " or starts with a symbol.',
    });
  }
  // «&a [*a, *a, …]» nested ten deep is a billion entries: refuse it rather than expand it.
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch {
    throw new SlideFileError('slide-front-matter', 'the front matter repeats its aliases (*name) too many times', {
      file: path,
      line: 2,
      hint: 'Write each field out as "name: value"; a slide file needs no YAML aliases.',
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SlideFileError('slide-front-matter', 'the front matter is not a list of "name: value" fields', { file: path, line: 2 });
  }
  return value as Record<string, unknown>;
}

function requiredString(fields: Record<string, unknown>, name: 'id' | 'title', path: string, yaml: string): string {
  const value = fields[name];
  // An id of digits only would be read as a slide number: «#/3» opens the third slide, not the slide «3».
  const valid = typeof value === 'string' && value.trim() !== '' && (name !== 'id' || (ID.test(value) && !/^\d+$/u.test(value)));
  if (valid) return value;
  const problem = value === undefined ? `has no "${name}"` : `has an invalid "${name}": ${JSON.stringify(value)}`;
  throw new SlideFileError('slide-field', `the front matter ${problem}`, {
    file: path,
    line: lineOf(yaml, name),
    hint:
      name === 'id'
        ? 'Give the slide an id of letters, digits and dashes that is not only digits (#/3 opens the third slide), e.g. "id: cause-1".'
        : 'Give the slide the heading it shows, e.g. "title: أزمة القيادات".',
  });
}

function kindOf(fields: Record<string, unknown>, path: string, yaml: string): SlideKind {
  const kind = fields['kind'];
  const known = SLIDE_KINDS.find((k) => k === kind);
  if (known !== undefined) return known;
  throw new SlideFileError('slide-kind', kind === undefined ? 'the front matter has no "kind"' : `unknown slide kind "${String(kind)}"`, {
    file: path,
    line: lineOf(yaml, 'kind'),
    hint: `Use one of: ${SLIDE_KINDS.join(', ')}.`,
  });
}

/** The file line of a front-matter field (the front matter starts on line 2), or the first field's line. */
function lineOf(yaml: string, name: string): number {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${name}:`));
  return (index === -1 ? 0 : index) + 2;
}
