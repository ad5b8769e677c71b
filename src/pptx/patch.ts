// Sets right, in the XML of a written .pptx, what pptxgenjs gets wrong or leaves out for a right-to-left
// deck: every run's language (it writes en-US), the theme's complex-script fonts (it fills only the Latin
// slot), the notes pages (one English left-to-right paragraph; a landscape page), the notes master's
// direction, and each slide's advance time. One place, so a pptxgenjs upgrade has one place to check.
import JSZip from 'jszip';
import { COLOURS, facesFor, type Faces, officeLanguage, type PptDeck } from './model.ts';

export async function patchPackage(bytes: Uint8Array, deck: PptDeck): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const faces = facesFor(deck.lang);
  const lang = officeLanguage(deck.lang);
  const rtl = deck.dir === 'rtl';
  await edit(zip, 'ppt/presentation.xml', (xml) => xml.replace(/<p:notesSz [^>]*\/>/u, `<p:notesSz cx="${NOTES_PAGE.cx}" cy="${NOTES_PAGE.cy}"/>`));
  await edit(zip, 'ppt/theme/theme1.xml', (xml) => themeFonts(xml, faces));
  await edit(zip, 'ppt/notesMasters/notesMaster1.xml', (xml) => (rtl ? xml.replace(/ algn="l"( defTabSz="\d+") rtl="0"/gu, ' algn="r"$1 rtl="1"') : xml));
  for (const [index, slide] of deck.slides.entries()) {
    await edit(zip, `ppt/slides/slide${index + 1}.xml`, (xml) => bulletColour(advanceTime(xml, slide.seconds)));
    await edit(zip, `ppt/notesSlides/notesSlide${index + 1}.xml`, (xml) => notesBody(xml, slide.notes, { lang, rtl, face: faces.body }));
  }
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/.*\.xml$/u.test(n))) {
    await edit(zip, name, (xml) => xml.replace(/(?<![\w:])lang="en-US"/gu, `lang="${lang}"`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: PPTX_TYPE });
}

/** A portrait notes page (7.5 × 10 in), which the notes master's slide image and notes box are laid out for. */
export const NOTES_PAGE = { cx: 6858000, cy: 9144000 } as const;

// -- internal --

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

async function edit(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(name);
  if (file === null) throw new Error(`pptxgenjs wrote no ${name}: the PowerPoint writer changed; see src/pptx/patch.ts`);
  zip.file(name, change(await file.async('string')));
}

/** The heading face as the theme's major font and the body face as its minor one, in the Latin and complex-script slots. */
function themeFonts(xml: string, faces: Faces): string {
  const set = (block: string, face: string): string =>
    block
      .replace(/<a:latin typeface="[^"]*"(?: panose="[^"]*")?\/>/u, `<a:latin typeface="${escapeXml(face)}"/>`)
      .replace(/<a:cs typeface="[^"]*"\/>/u, `<a:cs typeface="${escapeXml(face)}"/>`)
      .replace(/<a:font script="(Arab|Hebr)" typeface="[^"]*"\/>/gu, `<a:font script="$1" typeface="${escapeXml(face)}"/>`);
  return xml
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/u, (block) => set(block, faces.heading))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/u, (block) => set(block, faces.body));
}

/** The bullet squares in the deck's accent, smaller than the text, as in the HTML deck (pptxgenjs has no bullet colour). */
function bulletColour(xml: string): string {
  return xml.replace(/<a:buSzPct val="100000"\/>(<a:buChar )/gu, `<a:buClr><a:srgbClr val="${COLOURS.accent}"/></a:buClr><a:buSzPct val="70000"/>$1`);
}

/** The slide's time as PowerPoint's advance-timing hint (used when the presenter turns "Use Timings" on). */
function advanceTime(xml: string, seconds: number): string {
  if (xml.includes('<p:transition')) return xml;
  return xml.replace('</p:clrMapOvr>', `</p:clrMapOvr><p:transition advTm="${Math.round(seconds * 1000)}"/>`);
}

interface NotesStyle {
  lang: string;
  rtl: boolean;
  face: string;
}

/** The notes placeholder's text: one paragraph per notes paragraph, in the deck's language, face and direction. */
function notesBody(xml: string, notes: readonly string[], style: NotesStyle): string {
  const placeholder = /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody>)[\s\S]*?(<\/p:txBody>)/u;
  if (!placeholder.test(xml)) throw new Error('pptxgenjs wrote a notes page without its notes box: see src/pptx/patch.ts');
  const paragraphs = notes.length === 0 ? [''] : notes;
  const body = `<a:bodyPr/><a:lstStyle/>${paragraphs.map((text) => notesParagraph(text, style)).join('')}`;
  return xml.replace(placeholder, (_all, open: string, close: string) => `${open}${body}${close}`);
}

function notesParagraph(text: string, { lang, rtl, face }: NotesStyle): string {
  const pPr = `<a:pPr algn="${rtl ? 'r' : 'l'}" rtl="${rtl ? '1' : '0'}"/>`;
  const fonts = `<a:latin typeface="${escapeXml(face)}"/><a:cs typeface="${escapeXml(face)}"/>`;
  const run = text === '' ? '' : `<a:r><a:rPr lang="${lang}" sz="1400" dirty="0">${fonts}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
  return `<a:p>${pPr}${run}<a:endParaRPr lang="${lang}" sz="1400" dirty="0">${fonts}</a:endParaRPr></a:p>`;
}

/** Text as XML character data: escaped, without the control characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}
