// The Content-Security-Policy of `deck dev`: the built deck's policy, plus only what Vite's dev client needs.
import type { Connect } from 'vite';
import { hostedPolicy } from '../deck/head.ts';

/**
 * The built deck's policy for a page served from `host` (the request's `Host`, e.g. `localhost:5173`).
 * What Vite's client needs beyond it, one by one:
 * - its scripts (`/@vite/client`, `/src/runtime/main.ts`, the pre-bundled reveal.js) are modules from the
 *   page's own origin, and it runs no inline script and no eval: `script-src 'self'` already allows them;
 * - it injects each imported style sheet as a `<style>` element: the built policy's `style-src
 *   'unsafe-inline'` (there for reveal's inline styles) already allows them;
 * - its live-reload WebSocket goes to the page's own host and port, `ws://host:port`. CSP 3 lets `'self'`
 *   match it, but not every browser in use does, so the socket is named: that is the one addition.
 */
export function devPolicy(speakerViewHash: string, host: string | undefined): string {
  const socket = host !== undefined && HOST_SOURCE.test(host) ? [`ws://${host}`] : [];
  return hostedPolicy(speakerViewHash, { 'connect-src': socket });
}

/** Sends `devPolicy` with every response of the dev server, as a header: it knows the host the page asked. */
export function devPolicyHeader(speakerViewHash: string): Connect.NextHandleFunction {
  return (request, response, next) => {
    response.setHeader('Content-Security-Policy', devPolicy(speakerViewHash, request.headers.host));
    next();
  };
}

// -- internal --

/**
 * A host and port a policy can name. Anything else (an IPv6 literal, which CSP's grammar cannot express,
 * or a forged header with a `;` in it) gets no named socket, and relies on `'self'`.
 */
const HOST_SOURCE = /^[a-z0-9.-]+(:\d{1,5})?$/iu;
