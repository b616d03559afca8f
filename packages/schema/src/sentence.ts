/**
 * A message whose sentence ends in a placeholder gets a full stop after it: «netto sum ${amount}.». When the value
 * itself ends with one («kr 995 mill.», WebKit's way with kroner; a title such as «Budsjett 2027 inkl. mva.»), the
 * stop would double. Norwegian, like English, writes one stop after an abbreviation that ends a sentence.
 */

/**
 * The text with every doubled full stop made one, and a full stop after «?» or «!» dropped; an ellipsis («...» or
 * «…») is left alone. Wrap each `msg()` whose sentence ends with a placeholder in it:
 * `singleStops(msg(str\`Til sammen ${sum}.\`, { id }))`.
 */
export function singleStops(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/([?!])\.(?!\.)/g, '$1');
}
