// Vite and Vitest configuration. Unit tests live beside the stage they test, under tests/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The CLI tests start real processes; on a 2-core machine they need more than the default 5 s.
    testTimeout: 30_000,
  },
});
