import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DECK_VITE_DEFAULTS, deckViteConfig } from '../../src/vite/config.ts';

const root = await mkdtemp(join(tmpdir(), 'deck-vite-config-'));
afterAll(() => rm(root, { recursive: true, force: true }));
await writeFile(join(root, 'index.html'), '<!doctype html><html><head></head><body><script type="module" src="./main.js"></script></body></html>');
await writeFile(join(root, 'main.js'), 'import seconds from "virtual:slow"; console.log(seconds);');

/** A plugin as slow as cutting the fonts on a first build: the bundler reports builds where plugins take 3 s or more. */
const slow: Plugin = {
  name: 'as-slow-as-cutting-fonts',
  resolveId: (id) => (id === 'virtual:slow' ? '\0slow' : undefined),
  load: async (id) => {
    if (id !== '\0slow') return undefined;
    await new Promise((resolve) => setTimeout(resolve, 3500));
    return 'export default 3.5';
  },
};

/** What Vite printed, warnings and errors, while building the small page with `rolldownOptions`. */
async function printedBuilding(rolldownOptions: object | undefined): Promise<string> {
  const printed: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => printed.push(message);
  logger.warnOnce = (message) => printed.push(message);
  logger.error = (message) => printed.push(message);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    customLogger: logger,
    plugins: [slow],
    build: { outDir: join(root, 'dist'), emptyOutDir: true, ...(rolldownOptions === undefined ? {} : { rolldownOptions }) },
  });
  return printed.join('\n');
}

describe('the deck’s Vite configuration', () => {
  it('keeps the bundler’s plugin-timing table out of a slow first build', { timeout: 30_000 }, async () => {
    // Without the deck's options the same build prints the table: the test can see it.
    expect(await printedBuilding(undefined)).toContain('[PLUGIN_TIMINGS]');
    expect(await printedBuilding(deckViteConfig(DECK_VITE_DEFAULTS).build?.rolldownOptions)).not.toContain('PLUGIN_TIMINGS');
  });
});
