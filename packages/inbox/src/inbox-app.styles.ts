import { css } from 'lit';

/** The inbox's frame: the skip link, the banner with language and sign-out, the navigation, the main column. */
export const appStyles = css`
  .base {
    max-inline-size: 72em;
    margin: 0 auto;
    padding: 0 1em 3em;
  }

  .skip-link {
    position: absolute;
    inset-inline-start: 1em;
    inset-block-start: -10em;
    background: var(--_kw-color-background);
    padding: 0.5em 1em;
    z-index: 1;
  }

  .skip-link:focus {
    inset-block-start: 0.5em;
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1.5em;
    padding: 1em 0 0;
    border-block-end: 1px solid var(--_kw-color-border);
    margin-block-end: 1.5em;
  }

  .product {
    font-weight: bold;
    margin: 0;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .language {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .language .kw-select {
    inline-size: auto;
  }

  nav {
    flex-basis: 100%;
  }

  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  nav a {
    display: inline-block;
    padding: 0.5em 0 0.4em;
    border-block-end: 0.25em solid transparent;
    color: var(--_kw-color-text);
    text-decoration: none;
  }

  nav a:hover {
    text-decoration: underline;
  }

  nav a[aria-current='page'] {
    border-block-end-color: var(--_kw-color-accent);
    font-weight: bold;
  }

  main:focus {
    outline: none;
  }
`;
