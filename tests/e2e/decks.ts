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
  /** The Arabic deck with its fonts whole, to compare against the subset fonts. */
  wholeFonts: {
    url: 'http://localhost:4323/',
    serve: `${deck} build --no-subset --out .tmp/e2e/whole-fonts && ${deck} preview --out .tmp/e2e/whole-fonts --port 4323`,
  },
  hostile: {
    url: 'http://localhost:4322/',
    serve: [
      `${deck} generate --article tests/fixtures/articles/hostile.txt --out .tmp/e2e/hostile-slides`,
      `${deck} build --slides .tmp/e2e/hostile-slides --out .tmp/e2e/hostile`,
      `${deck} preview --out .tmp/e2e/hostile --port 4322`,
    ].join(' && '),
  },
} as const;
