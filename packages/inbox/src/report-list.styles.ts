import { css } from 'lit';

/** The list page: the search row, the filters' grid, new reports in bold. */
export const listStyles = css`
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    font-weight: bold;
  }

  .search {
    margin-block-end: 1em;
  }

  .search .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }

  .search .kw-input {
    max-inline-size: 20em;
  }

  .filters {
    margin-block-end: 1.5em;
  }

  .filters summary {
    cursor: pointer;
    font-weight: bold;
    padding: 0.5em 0;
    min-block-size: 1.5em;
  }

  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 1em;
  }

  tr.unread th,
  tr.unread td {
    font-weight: bold;
  }
`;
