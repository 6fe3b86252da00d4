/*
 * Saved pages often put a stamp's or byline's label on one line and its value on the next ("By:" /
 * "Sara Campos and Joan Friedland"; "Published:" / "May 21, 2014"). Joining them gives one "Label: value"
 * line that the stamp and byline rules read; no word is changed.
 */

/** Labels that announce the line after them: a byline's, or a date stamp's ("Published on:"). */
const LABEL_ALONE =
  /^(?:(?<names>by|por)|(?:published|posted|updated|modified|publicado|actualizado|fecha|date)(?:\s+(?:on|at|el|en))?)\s*:$/i;
/** A value is a short line: a date or a list of names, not a paragraph. */
const MAX_VALUE_WORDS = 12;

export function joinLabelValues(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const label = LABEL_ALONE.exec(line.trim());
    if (label) {
      // The value may follow after one blank line. A date stamp's value has a number in it: a label whose date
      // a script drew, left above the headline, is not joined to the headline.
      const next = (lines[i + 1] ?? '').trim() === '' ? i + 2 : i + 1;
      const value = (lines[next] ?? '').trim();
      if (
        value !== '' &&
        !LABEL_ALONE.test(value) &&
        value.split(/\s+/).length <= MAX_VALUE_WORDS &&
        (label.groups?.names !== undefined || /\d/.test(value))
      ) {
        out.push(`${line.trim()} ${value}`);
        i = next;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}
