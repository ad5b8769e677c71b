// The decks the end-to-end tests open: the committed Arabic deck (with subset and with whole fonts), and decks generated from fixture articles.

const deck = 'node src/bin.mjs';

/** A deck generated from `tests/fixtures/articles/<fixture>.txt`, built and previewed on `port`. */
function generatedDeck(fixture: string, port: number): { url: string; serve: string } {
  return {
    url: `http://localhost:${port}/`,
    serve: [
      `${deck} generate --article tests/fixtures/articles/${fixture}.txt --out .tmp/e2e/${fixture}-slides`,
      `${deck} build --slides .tmp/e2e/${fixture}-slides --out .tmp/e2e/${fixture}`,
      `${deck} preview --out .tmp/e2e/${fixture} --port ${port}`,
    ].join(' && '),
  };
}

export const DECKS = {
  arabic: {
    url: 'http://localhost:4319/',
    serve: `${deck} build --out .tmp/e2e/arabic && ${deck} preview --out .tmp/e2e/arabic --port 4319`,
  },
  english: generatedDeck('english', 4320),
  /** The Arabic deck with its fonts whole, to compare against the subset fonts. */
  wholeFonts: {
    url: 'http://localhost:4323/',
    serve: `${deck} build --no-subset --out .tmp/e2e/whole-fonts && ${deck} preview --out .tmp/e2e/whole-fonts --port 4323`,
  },
  hostile: generatedDeck('hostile', 4322),
  /** A scenario paper with a presenter, a date and a logo on its cover, and its deck's own numbers in Arabic-Indic digits. */
  briefing: {
    url: 'http://localhost:4324/',
    serve: [
      `${deck} generate --article tests/fixtures/articles/scenarios.txt --out .tmp/e2e/briefing-slides --force --presenter "سلمى الحداد" --date "٣ آذار ٢٠٢٥" --logo public/favicon.svg`,
      `sed -i 's/^numerals: latn$/numerals: arab/' .tmp/e2e/briefing-slides/01-title.md`,
      `${deck} build --slides .tmp/e2e/briefing-slides --out .tmp/e2e/briefing`,
      `${deck} preview --out .tmp/e2e/briefing --port 4324`,
    ].join(' && '),
  },
} as const;
