// The decks the end-to-end tests open: the committed Arabic deck, and an English one generated from a fixture.

const deck = 'node src/bin.mjs';

export const DECKS = {
  arabic: {
    url: 'http://localhost:4319/',
    serve: `${deck} build --out .tmp/e2e/arabic && ${deck} preview --out .tmp/e2e/arabic --port 4319`,
  },
  english: {
    url: 'http://localhost:4320/',
    serve: [
      `${deck} generate --article tests/fixtures/articles/english.txt --out .tmp/e2e/english-slides`,
      `${deck} build --slides .tmp/e2e/english-slides --out .tmp/e2e/english`,
      `${deck} preview --out .tmp/e2e/english --port 4320`,
    ].join(' && '),
  },
} as const;
