import { css } from 'lit';

/**
 * One heading scale for every widget, by a heading's role, not its tag: the tag's level follows the host page's
 * outline (`heading-level`), so an `<h4>` may be a widget's title on one page and a panel's heading on another.
 * `.kw-title` is the widget's own heading, `.kw-heading` a panel's, and any other heading a sub-heading.
 */
export const headingStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }

  .kw-title {
    font-size: 1.5em;
  }

  .kw-heading {
    font-size: 1.25em;
  }
`;
