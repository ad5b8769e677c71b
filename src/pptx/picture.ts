// A logo as a PowerPoint picture: its data URL and its proportions, read from the file's own header, so
// it is drawn whole in its box and never stretched.
import { base64 } from '../text/base64.ts';
import type { Box } from './model.ts';

export interface Picture {
  /** As pptxgenjs takes it: `image/png;base64,…`. */
  data: string;
  /** Width over height. */
  aspect: number;
}

const TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

/** The picture in `bytes` of the file `name`, or undefined for a kind PowerPoint cannot show (WebP). */
export function pictureOf(name: string, bytes: Uint8Array): Picture | undefined {
  const extension = name.split('.').at(-1)?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (type === undefined) return undefined;
  const size = extension === 'png' ? pngSize(bytes) : extension === 'svg' ? svgSize(bytes) : jpegSize(bytes);
  return { data: `${type};base64,${base64(bytes)}`, aspect: size === undefined || size.height === 0 ? 1 : size.width / size.height };
}

/** The largest box of the picture's proportions that fits in `box`, centred in it. */
export function fitted(aspect: number, box: Box): Box {
  const w = Math.min(box.w, box.h * aspect);
  const h = w / aspect;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

// -- internal --

interface Size {
  width: number;
  height: number;
}

/** PNG: the IHDR chunk's width and height, big-endian, at bytes 16 and 20. */
function pngSize(bytes: Uint8Array): Size | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** JPEG: the first start-of-frame marker's height and width. */
function jpegSize(bytes: Uint8Array): Size | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

/** SVG: the root's viewBox, else its width and height. */
function svgSize(bytes: Uint8Array): Size | undefined {
  const root = /<svg\b[^>]*>/iu.exec(new TextDecoder().decode(bytes.subarray(0, 4096)))?.[0] ?? '';
  const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/iu.exec(root);
  if (box?.[1] !== undefined && box[2] !== undefined) return { width: Number(box[1]), height: Number(box[2]) };
  const width = /\bwidth\s*=\s*["']([\d.]+)/iu.exec(root)?.[1];
  const height = /\bheight\s*=\s*["']([\d.]+)/iu.exec(root)?.[1];
  return width === undefined || height === undefined ? undefined : { width: Number(width), height: Number(height) };
}
