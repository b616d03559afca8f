// What `npm start` serves beside the API: the demo page, the built bundles and the example documents; nothing else of
// the repository. Also read by the end-to-end test, which serves the same page.

/** URL prefix → folder, tried in order. */
export const DEMO_ROUTES = [
  { prefix: '/dist/cdn/', dir: 'dist/cdn/' },
  { prefix: '/docs/examples/', dir: 'docs/examples/' },
  { prefix: '/docs/schema/', dir: 'docs/schema/' },
  { prefix: '/', dir: 'demo/' },
];

/** The demo page runs under the strict policy the widgets promise to work under. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";
