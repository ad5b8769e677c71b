// End-to-end tests: the built decks served locally, driven in the system Chromium the way a presenter drives them.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/browser/chromium.ts';
import { DECKS } from './decks.ts';

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: { args: [...CHROMIUM_ARGS], ...(executablePath === undefined ? {} : { executablePath }) },
    screenshot: 'only-on-failure',
  },
  webServer: Object.values(DECKS).map((deck) => ({
    command: deck.serve,
    cwd: '../..',
    url: deck.url,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
  })),
});
