// Where a slide file's speaker notes are: every form reveal.js itself reads as notes, so none shows on a slide.

export interface SplitSlide {
  /** The Markdown the slide shows. */
  body: string;
  /** The notes, as plain-text paragraphs. */
  notes: string[];
}

/**
 * Splits a slide file's text (after its front matter) into what the slide shows and its notes. Notes are
 * what follows reveal's notes separator (its Markdown plugin's `notesSeparator`, `^\s*notes?:`, read with
 * the `mgi` flags: `Note:`, `note:`, `NOTES:`, indented, with text on the same line), and the text of any
 * `<aside class="notes">` written in the body.
 */
export function splitNotes(text: string): SplitSlide {
  const separator = NOTES_SEPARATOR.exec(text);
  const before = separator === null ? text : text.slice(0, separator.index);
  const after = separator === null ? '' : text.slice(separator.index + separator[0].length);
  const asides: string[] = [];
  const body = before.replace(NOTES_ASIDE, (_aside, inner: string) => {
    asides.push(plainText(inner));
    return '';
  });
  return { body: body.trim(), notes: [...asides, after].flatMap(paragraphs) };
}

// -- internal --

// Horizontal white space (no-break space included) before the word, as reveal's `^\s*` allows.
const NOTES_SEPARATOR = /^[^\S\n]*notes?:/imu;
const NOTES_ASIDE = /<aside\b[^>]*\bclass\s*=\s*(?:"[^"]*\bnotes\b[^"]*"|'[^']*\bnotes\b[^']*'|notes\b)[^>]*>([\s\S]*?)<\/aside\s*>/giu;

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The text of a piece of HTML: tags become line breaks where they end a block, the common entities are read. */
function plainText(html: string): string {
  return html
    .replace(/<\/(?:p|div|li|h\d)>|<br\s*\/?>/giu, '\n\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(lt|gt|amp|quot|#39|nbsp);/gu, (_entity, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", nbsp: '\u00A0' };
