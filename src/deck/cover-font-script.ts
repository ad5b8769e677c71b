// The cover's fonts inside the page: a small script in its head hands the browser the bytes of each cover cut
// (src/deck/cover-fonts.ts) as the page is read, so the first slide is laid out in its own fonts with no
// font request at all. On a slow link that request was a whole round trip after the page; here the fonts
// come with the page, gzip-compressed with it. A font given as bytes is ready as soon as it is made (a
// `data:` URL in a style sheet is only fetched at the first style pass, 40–180 ms later in Chromium).
// With scripts off the page still draws in the same cuts: the @font-face rules name them as files too.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { coverFamily, type FaceRule } from './cover-fonts.ts';
import { base64 } from '../text/base64.ts';
import { escapeHtml, unescapeHtml } from './html.ts';

/** A cover cut (`file` is the same bytes, for a reader with scripts off) and its bytes. */
export interface CoverFace extends FaceRule {
  bytes: Uint8Array;
}

/** The attribute that marks the script, for whoever measures what the page carries. */
export const COVER_FONT_SCRIPT_ATTRIBUTE = 'data-deck-cover-fonts';

/**
 * The script that adds each face to the document's fonts under its cover family, with the weight and
 * characters its @font-face rule gives it. A face the browser cannot read is left in error, and the
 * rule's file is used instead.
 */
export function coverFontScript(faces: readonly CoverFace[]): string {
  const entries = faces.map((face) => [coverFamily(face.family), { weight: face.weight, unicodeRange: face.unicodeRange }, base64(face.bytes)]);
  // `<` written as \u003c: nothing in the data can close the script element or open a comment.
  const data = JSON.stringify(entries).replace(/</gu, '\\u003c');
  // Uint8Array.fromBase64 where the browser has it (Chromium 140+: 1–2.5 ms for the whole script here,
  // against 7 with atob), atob elsewhere.
  const bytes = 'Uint8Array.fromBase64?Uint8Array.fromBase64(b):Uint8Array.from(atob(b),(c)=>c.charCodeAt(0))';
  return `for(const[f,d,b]of ${data})document.fonts.add(new FontFace(f,${bytes},d))`;
}

/**
 * `html` with the cover's font script at the end of its head (before the body is read, so before any
 * layout), allowed by its hash in the page's Content-Security-Policy: added to `script-src` and
 * `script-src-elem` where the policy has them, or, where it has neither, as a `script-src` of its
 * own beside the sources `default-src` gives scripts (a hash would otherwise be refused).
 */
export function withCoverFontScript(html: string, script: string): string {
  const source = `'sha256-${base64(sha256(utf8ToBytes(script)))}'`;
  const allowed = html.replace(POLICY, (_, start: string, content: string) => `${start}${escapeHtml(allowingScript(unescapeHtml(content), source))}"`);
  return allowed.replace('</head>', () => `  <script ${COVER_FONT_SCRIPT_ATTRIBUTE}>${script}</script>\n  </head>`);
}

// -- internal --

const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/u;

/** `policy` with `source` among the sources of the directives that govern an inline script. */
function allowingScript(policy: string, source: string): string {
  const directives = policy.split(';').map((directive) => directive.trim()).filter((directive) => directive !== '');
  const named = (name: string): number => directives.findIndex((directive) => directive.split(/\s+/u)[0]?.toLowerCase() === name);
  const governing = ['script-src', 'script-src-elem'].map(named).filter((index) => index !== -1);
  if (governing.length === 0) {
    const fallback = directives[named('default-src')]?.split(/\s+/u).slice(1) ?? [];
    directives.push(['script-src', ...fallback.filter((s) => s !== "'none'"), source].join(' '));
  }
  for (const index of governing) directives[index] = `${directives[index]} ${source}`;
  return directives.join('; ');
}
