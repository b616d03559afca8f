/**
 * A non-negative number as decimal digits: `0.<digits> × 10^point`, no leading or trailing zeros in `digits`
 * (zero is `digits: ''`). `point` is where the decimal point goes: 1234.5 is `{ digits: '12345', point: 4 }`.
 */
export interface Decimal {
  digits: string;
  point: number;
}

/**
 * The decimal digits of `Math.abs(value)` as `Intl.NumberFormat` reads a double: its shortest representation that
 * reads back as the same number (1.005 is 1.005, not 1.00499999…), so rounding it gives what ICU gives.
 * `value` must be finite.
 */
export function toDecimal(value: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  const leading = /^0*/.exec(digits)![0].length;
  digits = digits.slice(leading).replace(/0+$/, '');
  point -= leading;
  return digits ? { digits, point } : { digits: '', point: 0 };
}

/** `decimal` times 10^`power`, exactly (a percentage is the share with the point moved two places). */
export function shift(decimal: Decimal, power: number): Decimal {
  return decimal.digits ? { digits: decimal.digits, point: decimal.point + power } : decimal;
}

/**
 * Keeps the first `keep` digits of `decimal`, rounding half away from zero as `Intl.NumberFormat` does
 * (`roundingMode: 'halfExpand'`): 0,345 to two decimals is 0,35.
 */
function roundTo(decimal: Decimal, keep: number): Decimal {
  const { digits, point } = decimal;
  if (digits.length <= keep) return decimal;
  if (keep < 0) return { digits: '', point: 0 };
  const roundsUp = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  let newPoint = point;
  if (roundsUp) {
    // Add one at the last kept place: trailing nines become zeros (dropped below), the digit before them goes up.
    const nines = /9*$/.exec(kept)![0].length;
    if (nines === kept.length) {
      kept = '1';
      newPoint++;
    } else {
      const at = kept.length - nines - 1;
      kept = kept.slice(0, at) + String(Number(kept[at]) + 1);
    }
  }
  kept = kept.replace(/0+$/, '');
  return kept ? { digits: kept, point: newPoint } : { digits: '', point: 0 };
}

/** `decimal` rounded to at most `fractionDigits` decimals. */
export function roundFraction(decimal: Decimal, fractionDigits: number): Decimal {
  return roundTo(decimal, decimal.point + fractionDigits);
}

/** `decimal` rounded to at most `significantDigits` significant digits. */
export function roundSignificant(decimal: Decimal, significantDigits: number): Decimal {
  return roundTo(decimal, significantDigits);
}

/** The whole part's digits ("0" when there is none) and the fraction's ("" when there is none). */
export function parts(decimal: Decimal): { whole: string; fraction: string } {
  const { digits, point } = decimal;
  if (!digits) return { whole: '0', fraction: '' };
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  return { whole: digits.slice(0, point).padEnd(point, '0'), fraction: digits.slice(point) };
}
