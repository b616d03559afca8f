/**
 * Copies `text` to the clipboard: through the clipboard API, or where that is missing or refused (a page on plain
 * http, a browser that asks first) by selecting it in `fallback`, a text field that shows it, and the copy command.
 * Resolves with whether it was copied; on `false` the text is left selected for the person to copy themselves.
 */
export async function copyText(text: string, fallback?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand('copy');
  }
}
