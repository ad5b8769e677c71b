// A logo keeps its proportions in the PowerPoint deck: its size read from the file's own header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitted, pictureOf } from '../../src/pptx/picture.ts';
import { ROOT } from '../helpers.ts';

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment of 16 bytes, then a baseline start-of-frame with height and width.
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3]);
  new DataView(bytes.buffer).setUint16(25, height);
  new DataView(bytes.buffer).setUint16(27, width);
  return bytes;
}

describe('a logo as a PowerPoint picture', () => {
  it('reads the proportions of a PNG, a JPEG and an SVG', () => {
    expect(pictureOf('logo.png', png(400, 100))?.aspect).toBe(4);
    expect(pictureOf('logo.jpg', jpeg(300, 200))?.aspect).toBe(1.5);
    expect(pictureOf('logo.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>'))?.aspect).toBe(3);
    expect(pictureOf('favicon.svg', readFileSync(join(ROOT, 'public/favicon.svg')))?.data).toMatch(/^image\/svg\+xml;base64,/u);
  });

  it('leaves out a WebP, which PowerPoint does not show', () => {
    expect(pictureOf('logo.webp', new Uint8Array([0x52, 0x49, 0x46, 0x46]))).toBeUndefined();
  });

  it('fits a wide logo in its box without stretching it, centred', () => {
    expect(fitted(4, { x: 1, y: 1, w: 2, h: 2 })).toEqual({ x: 1, y: 1.75, w: 2, h: 0.5 });
    expect(fitted(0.5, { x: 0, y: 0, w: 2, h: 2 })).toEqual({ x: 0.5, y: 0, w: 1, h: 2 });
  });
});
