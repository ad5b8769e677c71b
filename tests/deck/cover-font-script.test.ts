import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type CoverFace, coverFontScript, withCoverFontScript } from '../../src/deck/cover-font-script.ts';

const KUFI: CoverFace = { family: 'Noto Kufi Arabic', weight: '700', file: 'assets/kufi-cover-1a2b3c4d.woff2', unicodeRange: 'U+20,U+627-62A', bytes: new Uint8Array([119, 79, 70, 50, 0, 255, 128, 7]) };
const PLEX: CoverFace = { family: 'IBM Plex Sans Arabic', weight: '400', file: 'assets/plex-cover-5e6f7a8b.woff2', unicodeRange: 'U+644', bytes: new Uint8Array(70_000).map((_, i) => (i * 31) % 256) };

interface Added {
  family: string;
  bytes: Uint8Array;
  descriptors: Record<string, string>;
}

/**
 * Runs the script as the page would, against a stand-in for the browser's fonts: in a browser with
 * `Uint8Array.fromBase64` (a stand-in reading base64 with Node's own decoder), or with `atob` alone.
 */
function facesAdded(script: string, fromBase64: boolean): Added[] {
  const added: Added[] = [];
  class FontFace {
    constructor(family: string, bytes: Uint8Array, descriptors: Record<string, string>) {
      added.push({ family, bytes, descriptors });
    }
  }
  const withFromBase64 = Object.assign(Object.create(Uint8Array) as object, { fromBase64: (text: string) => new Uint8Array(Buffer.from(text, 'base64')) });
  // Without it, even where the Node running the test has one.
  const withoutFromBase64 = class extends Uint8Array {
    static fromBase64 = undefined;
  };
  const uint8Array = fromBase64 ? withFromBase64 : withoutFromBase64;
  const atobOnly = fromBase64 ? () => { throw new Error('atob used where fromBase64 is there'); } : atob;
  new Function('document', 'FontFace', 'atob', 'Uint8Array', script)({ fonts: { add: () => undefined } }, FontFace, atobOnly, uint8Array);
  return added;
}

const PAGE = `<!doctype html><html><head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-speaker=&#39;; font-src &#39;self&#39;" />
    <style>p{}</style>
  </head><body><p>نص</p></body></html>`;

describe('coverFontScript', () => {
  for (const fromBase64 of [true, false]) {
    it(`gives the browser every cut, byte for byte, under its cover family with its weight and characters (${fromBase64 ? 'Uint8Array.fromBase64' : 'atob'})`, () => {
      const added = facesAdded(coverFontScript([KUFI, PLEX]), fromBase64);
      expect(added.map((face) => face.family)).toEqual(['Noto Kufi Arabic (cover)', 'IBM Plex Sans Arabic (cover)']);
      expect(added[0]?.descriptors).toEqual({ weight: '700', unicodeRange: 'U+20,U+627-62A' });
      expect([...(added[0]?.bytes ?? [])]).toEqual([...KUFI.bytes]);
      expect([...(added[1]?.bytes ?? [])]).toEqual([...PLEX.bytes]);
    });
  }

  it('cannot close its own script element, whatever a family is called', () => {
    const script = coverFontScript([{ ...KUFI, family: 'X</script><script>alert(1)</script><!--' }]);
    expect(script).not.toMatch(/<\/script|<!--/iu);
    expect(facesAdded(script, false)[0]?.family).toBe('X</script><script>alert(1)</script><!-- (cover)');
  });
});

describe('withCoverFontScript', () => {
  it('puts the script last in the head, before any of the body is read', () => {
    const html = withCoverFontScript(PAGE, 'document.title="x"');
    expect(html.indexOf('<script data-deck-cover-fonts>document.title="x"</script>')).toBeGreaterThan(html.indexOf('<style>'));
    expect(html.indexOf('</script>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('allows that script alone by its hash, and leaves the rest of the policy as it was', () => {
    const script = coverFontScript([KUFI]);
    const html = withCoverFontScript(PAGE, script);
    const policy = /content="([^"]*)"/u.exec(html.slice(html.indexOf('Content-Security-Policy')))?.[1]?.replaceAll('&#39;', "'");
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-speaker=' 'sha256-${hash}'; font-src 'self'`);
  });

  it('allows it where the policy names scripts only through default-src, and in script-src-elem too', () => {
    const policyOf = (content: string): string | undefined => {
      const html = withCoverFontScript(`<head><meta http-equiv="Content-Security-Policy" content="${content}" /></head>`, 'x()');
      return /content="([^"]*)"/u.exec(html)?.[1]?.replaceAll('&#39;', "'");
    };
    const hash = `'sha256-${createHash('sha256').update('x()', 'utf8').digest('base64')}'`;
    expect(policyOf('default-src &#39;self&#39;; img-src data:')).toBe(`default-src 'self'; img-src data:; script-src 'self' ${hash}`);
    expect(policyOf('default-src &#39;none&#39;')).toBe(`default-src 'none'; script-src ${hash}`);
    expect(policyOf('script-src &#39;self&#39;; script-src-elem &#39;self&#39;')).toBe(`script-src 'self' ${hash}; script-src-elem 'self' ${hash}`);
  });

  it('adds the script to a page without a policy and writes none', () => {
    const html = withCoverFontScript('<html><head></head><body></body></html>', 'x()');
    expect(html).toContain('<script data-deck-cover-fonts>x()</script>');
    expect(html).not.toContain('Content-Security-Policy');
  });
});
