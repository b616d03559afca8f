import { css } from 'lit';

/**
 * The preview: the controls in a wrapping row, then the widget in a frame of a phone's width or a desktop's, two
 * frames side by side where there is room (under each other on a narrow screen).
 */
export const widgetPreviewStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2em;
    align-items: start;
  }

  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }

  .kw-choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }

  .theme {
    flex-basis: 100%;
    margin-block-end: 1em;
  }

  .frames {
    display: grid;
    gap: 1.5em;
    margin-block: 1em 2em;
  }

  .frames.two {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
  }

  .frame {
    box-sizing: border-box;
    border: 1px dashed var(--_kw-color-border);
    padding: 1em;
    min-inline-size: 0;
  }

  .phone .frame {
    inline-size: 360px;
    max-inline-size: 100%;
  }

  .loading {
    color: var(--_kw-color-text-subtle);
  }
`;
