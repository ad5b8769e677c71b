import { describe, expect, it } from 'vitest';
import { hostedPolicy } from '../../src/deck/head.ts';
import { devPolicy } from '../../src/vite/dev-policy.ts';

const HASH = "'sha256-speakerview'";

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources];
  }));
}

describe('devPolicy', () => {
  it('is the built deck’s policy plus the live-reload socket of the host the page was asked from', () => {
    const built = directives(hostedPolicy(HASH));
    const dev = directives(devPolicy(HASH, 'localhost:5173'));
    expect([...dev.keys()]).toEqual([...built.keys()]);
    for (const [name, sources] of built) {
      expect(dev.get(name), name).toEqual(name === 'connect-src' ? [...sources, 'ws://localhost:5173'] : sources);
    }
  });

  it('loads pictures, fonts and scripts from the deck’s own origin only', () => {
    const dev = directives(devPolicy(HASH, '127.0.0.1:4321'));
    expect(dev.get('img-src')).toEqual(["'self'", 'data:']);
    expect(dev.get('font-src')).toEqual(["'self'"]);
    expect(dev.get('script-src')).toEqual(["'self'", HASH]);
  });

  it('names no socket for a host a policy cannot express or a forged one', () => {
    for (const host of ['[::1]:5173', 'evil.example; script-src *', 'a b', '', undefined]) {
      expect(directives(devPolicy(HASH, host)).get('connect-src'), String(host)).toEqual(["'self'"]);
    }
  });
});
