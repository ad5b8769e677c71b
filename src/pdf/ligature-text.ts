// Makes the text of a printed right-to-left deck come out of a PDF in the order it was written.
//
// Chromium embeds each font with a ToUnicode map, and a ligature glyph («في», «ين», lam-alef) maps to its
// letters in logical order. Extractors (poppler: pdftotext, Evince, Okular; pdf.js: Firefox and most web
// viewers) reorder a right-to-left line visually and then reverse it back, which reverses the letters
// inside each ligature too: «في» comes out «يف», «الأجانب» «األجانب». Writing those entries in
// reverse order makes both extractors give the letters back as written; the glyphs drawn are unchanged.
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

export interface LigatureFix {
  pdf: Uint8Array;
  /** How many ligature entries were reversed, over all fonts. */
  reversed: number;
}

export async function withExtractableLigatures(pdf: Uint8Array): Promise<LigatureFix> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let reversed = 0;
  for (const ref of toUnicodeStreams(doc)) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const fixed = reverseRightToLeftLigatures(cmap);
    if (fixed.count === 0) continue;
    reversed += fixed.count;
    doc.context.assign(ref, doc.context.flateStream(fixed.cmap));
  }
  if (reversed === 0) return { pdf, reversed };
  return { pdf: await doc.save({ updateFieldAppearances: false }), reversed };
}

/** `<gid> <06440627>` → `<gid> <06270644>` for every multi-letter entry written only in right-to-left letters. */
export function reverseRightToLeftLigatures(cmap: string): { cmap: string; count: number } {
  let count = 0;
  const fixed = cmap.replace(/(beginbfchar\s)([\s\S]*?)(\sendbfchar)/gu, (_all, open: string, body: string, close: string) => {
    const entries = body.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{8,})>/gu, (entry, source: string, target: string) => {
      const units = target.match(/.{4}/gu) ?? [];
      if (!units.every((unit) => isRightToLeftLetter(Number.parseInt(unit, 16)))) return entry;
      count++;
      return `${source}<${[...units].reverse().join('')}>`;
    });
    return `${open}${entries}${close}`;
  });
  return { cmap: fixed, count };
}

// -- internal --

function toUnicodeStreams(doc: PDFDocument): PDFRef[] {
  const refs: PDFRef[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (ref !== undefined && 'objectNumber' in ref) refs.push(ref as PDFRef);
  }
  return refs;
}

/** Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: the letters a line lays out right to left. */
function isRightToLeftLetter(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}
