// A PowerPoint deck's shapes → a .pptx package, with pptxgenjs; then the package's XML set right where the
// library is wrong or silent (patch.ts). Runs in Node and in a browser alike: bytes in memory, no files.
import pptxgenjs from 'pptxgenjs';
import { type Box, facesFor, officeLanguage, type Faces, type Paragraph, type PptDeck, type PptSlide, type Shape, SLIDE, type TextShape } from './model.ts';
import { patchPackage } from './patch.ts';

/** The .pptx file's bytes. */
export async function writePptx(deck: PptDeck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const faces = facesFor(deck.lang);
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = deck.dir === 'rtl';
  pptx.title = deck.title;
  pptx.theme = { headFontFace: faces.heading, bodyFontFace: faces.body };
  for (const slide of deck.slides) drawSlide(pptx.addSlide(), slide, deck, faces);
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return patchPackage(bytes, deck);
}

// -- internal --

/**
 * pptxgenjs's types describe a CommonJS module, whose `default` is the class; the ES module Node and
 * Vite load is the class itself.
 */
const PptxGenJS = ('default' in pptxgenjs ? pptxgenjs.default : pptxgenjs) as typeof pptxgenjs.default;
type PptxSlide = ReturnType<InstanceType<typeof PptxGenJS>['addSlide']>;
type TextRun = pptxgenjs.default.TextProps;
type TextOptions = pptxgenjs.default.TextPropsOptions;

function drawSlide(target: PptxSlide, slide: PptSlide, deck: PptDeck, faces: Faces): void {
  target.background = { color: slide.background };
  for (const shape of slide.shapes) drawShape(target, shape, deck, faces);
}

function drawShape(target: PptxSlide, shape: Shape, deck: PptDeck, faces: Faces): void {
  const place = placed(shape.box, deck);
  switch (shape.type) {
    case 'rect':
      target.addShape('rect', { ...place, fill: { color: shape.fill }, line: { type: 'none' } });
      return;
    case 'image':
      target.addImage({ ...place, data: shape.data });
      return;
    case 'text':
      target.addText(runsOf(shape, deck, faces), {
        ...place,
        valign: shape.anchor ?? 'top',
        margin: shape.inset ?? 4,
        fit: 'shrink',
        rtlMode: deck.dir === 'rtl',
        lang: officeLanguage(deck.lang),
        ...(shape.fill === undefined ? {} : { fill: { color: shape.fill } }),
        ...(shape.border === undefined ? {} : { line: { color: shape.border, width: 0.75 } }),
      });
  }
}

/** Every paragraph's runs, each ending its paragraph with a line break, as pptxgenjs reads them. */
function runsOf(shape: TextShape, deck: PptDeck, faces: Faces): TextRun[] {
  return shape.paragraphs.flatMap((paragraph) =>
    paragraph.runs.map(
      (run, index): TextRun => ({
        text: run.text,
        options: {
          ...paragraphOptions(paragraph, deck),
          fontFace: paragraph.face === 'heading' ? faces.heading : faces.body,
          fontSize: paragraph.size,
          color: paragraph.color,
          bold: paragraph.bold === true || run.bold === true,
          breakLine: index === paragraph.runs.length - 1,
        },
      }),
    ),
  );
}

function paragraphOptions(paragraph: Paragraph, deck: PptDeck): TextOptions {
  const start = deck.dir === 'rtl' ? 'right' : 'left';
  return {
    align: paragraph.align === 'center' ? 'center' : start,
    rtlMode: deck.dir === 'rtl',
    lang: officeLanguage(deck.lang),
    paraSpaceAfter: paragraph.after ?? 0,
    lineSpacingMultiple: paragraph.lineHeight ?? (paragraph.face === 'body' ? 1.15 : 1),
    ...(paragraph.bullet === undefined ? {} : { bullet: bulletOf(paragraph.bullet) }),
  };
}

function bulletOf(bullet: 'dot' | 'number'): NonNullable<TextOptions['bullet']> {
  if (bullet === 'dot') return { code: '25A0', indent: 22 };
  // PowerPoint's own numbering, so an edited list renumbers itself. Not its Arabic-Indic scheme
  // ("hindiNumPeriod"): LibreOffice draws no number at all for it.
  return { type: 'number', style: 'arabicPeriod', indent: 30 };
}

/** A box measured from the reading side, placed from the slide's left edge. */
function placed(box: Box, deck: PptDeck): { x: number; y: number; w: number; h: number } {
  return { x: deck.dir === 'rtl' ? SLIDE.width - box.x - box.w : box.x, y: box.y, w: box.w, h: box.h };
}
