// The hash a Content-Security-Policy needs to let reveal's speaker view run its one inline script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * reveal's notes plugin writes the speaker view into an about:blank popup, which inherits the deck's
 * policy; its inline script runs only if the policy names its hash. The script is read from the plugin
 * as installed, so the hash follows reveal upgrades.
 */
export function speakerViewScriptHash(pluginSource = readNotesPlugin()): string {
  const script = inlineScript(speakerViewTemplate(pluginSource));
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

// -- internal --

function readNotesPlugin(): string {
  const revealMain = createRequire(import.meta.url).resolve('reveal.js');
  return readFileSync(join(dirname(revealMain), 'plugin', 'notes.mjs'), 'utf8');
}

/** The HTML the plugin passes to `document.write`, decoded from its string literal. */
function speakerViewTemplate(source: string): string {
  const start = source.indexOf('.document.write("');
  if (start === -1) throw new Error('reveal.js notes plugin: speaker view template not found');
  const open = source.indexOf('"', start);
  let end = open + 1;
  while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
  const literal = source
    .slice(open, end + 1)
    .replace(/\\x([0-9a-fA-F]{2})/gu, '\\u00$1')
    .replace(/[\u0000-\u001f]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.parse(literal) as string;
}

function inlineScript(html: string): string {
  const open = html.indexOf('<script>');
  const close = html.indexOf('</script>', open);
  if (open === -1 || close === -1) throw new Error('reveal.js notes plugin: speaker view script not found');
  return html.slice(open + '<script>'.length, close);
}
