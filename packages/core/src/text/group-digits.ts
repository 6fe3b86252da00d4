/**
 * A number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it (6347 → "6,347",
 * 3.5 → "3.5"), without Intl: the first `toLocaleString` of a process loads ICU's locale data, which cost a
 * fresh process's first search more than the rest of it together.
 */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = Math.abs(value).toString().split('.');
  if (whole.includes('e')) return value.toString();
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
