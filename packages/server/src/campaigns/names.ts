/** How a signatory's name and list are stored and compared: duplicates are found case- and whitespace-insensitively. */

/** A name or list as shown: whitespace runs made one space, trimmed. */
export function tidyName(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** What names are compared by: Unicode-normalised, lower case (Norwegian rules), without any whitespace. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/gu, '');
}

/** What lists are compared by: the list id, or for another list (`annen`) that list's name key. */
export function listKey(list: string, otherList: string | null): string {
  return otherList === null ? list : `${list}:${nameKey(otherList)}`;
}
