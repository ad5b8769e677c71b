// Vite and Vitest configuration: the deck's own config (src/vite/config.ts) plus where the unit tests are.
import { mergeConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { deckViteConfig } from './src/vite/config.ts';

export default mergeConfig(
  deckViteConfig(),
  defineConfig({
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      // The CLI tests start real processes; on a 2-core machine they need more than the default 5 s.
      testTimeout: 30_000,
    },
  }),
);
