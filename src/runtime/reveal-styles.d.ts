// reveal.css as the deck plugin hands it to the runtime (src/vite/plugin.ts): its address in a hosted
// build and in dev, its text in a single file (which has no other file to load it from).
declare module 'virtual:deck-reveal-styles' {
  const styles: { href: string } | { css: string };
  export default styles;
}
