// What a shared link shows before it is opened: description, Open Graph and Twitter tags, and the page's policy.
import type { DeckMeta } from './compile.ts';
import { escapeHtml } from './html.ts';

/** The file name of the title-slide picture a build ships for link previews. */
export const PREVIEW_IMAGE = 'preview.png';
export const PREVIEW_SIZE = { width: 1200, height: 675 } as const;

export interface HeadOptions {
  /** The address the deck will be served from (`https://host/team/briefing/`), for absolute preview URLs. */
  siteUrl?: string;
  /** Whether the build ships the preview picture. */
  previewImage: boolean;
  /** The Content-Security-Policy to declare in the page; none in dev, where the server sends it as a header. */
  contentSecurityPolicy?: string;
}

export function headTags(meta: DeckMeta, options: HeadOptions): string {
  const base = options.siteUrl === undefined ? './' : options.siteUrl.replace(/\/?$/u, '/');
  const image = `${base}${PREVIEW_IMAGE}`;
  const tags: [string, string, string][] = [
    ['name', 'description', meta.description],
    ['property', 'og:type', 'website'],
    ['property', 'og:title', meta.fullTitle],
    ['property', 'og:description', meta.description],
    ['property', 'og:locale', OG_LOCALES[meta.lang] ?? meta.lang],
    ['name', 'twitter:card', options.previewImage ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', meta.fullTitle],
    ['name', 'twitter:description', meta.description],
  ];
  if (meta.source !== undefined) tags.push(['property', 'og:site_name', meta.source]);
  if (options.siteUrl !== undefined) tags.push(['property', 'og:url', base]);
  if (options.previewImage) {
    tags.push(
      ['property', 'og:image', image],
      ['property', 'og:image:width', String(PREVIEW_SIZE.width)],
      ['property', 'og:image:height', String(PREVIEW_SIZE.height)],
      ['property', 'og:image:alt', meta.fullTitle],
      ['name', 'twitter:image', image],
    );
  }
  const policy =
    options.contentSecurityPolicy === undefined
      ? []
      : [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.contentSecurityPolicy)}" />`];
  return [...policy, ...tags.map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content)}" />`)].join('\n    ');
}

/**
 * The policy of a hosted deck: everything from its own origin, nothing from anywhere else. Inline
 * styles are allowed because reveal sizes slides and print pages with them (styles cannot run code);
 * inline script is not, save the speaker view's, allowed by its hash. `additions` are further sources
 * for a directive (the dev server's live-reload socket), each to be justified where it is given.
 */
export function hostedPolicy(speakerViewHash: string, additions: Partial<Record<string, readonly string[]>> = {}): string {
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', `'self' ${speakerViewHash}`],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([name, sources]) => [name, sources, ...(additions[name] ?? [])].join(' ')).join('; ');
}

/**
 * The policy of a single-file deck: it has no origin to trust, so nothing may load at all; its one
 * script is allowed by hash, its fonts and pictures are inline.
 */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// -- internal --

const OG_LOCALES: Readonly<Record<string, string>> = { ar: 'ar_AR', en: 'en_US', he: 'he_IL', fr: 'fr_FR' };
