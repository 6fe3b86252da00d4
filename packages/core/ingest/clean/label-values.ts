/*
 * Saved pages often put a stamp's or byline's label on one line and its value on the next ("By:" /
 * "Sara Campos and Joan Friedland"; "Published:" / "May 21, 2014"). Joining them gives one "Label: value"
 * line that the stamp and byline rules read; no word is changed.
 */

/** Labels that announce the line after them. */
const LABEL_ALONE = /^(?:by|por|published|posted|updated|modified|publicado|actualizado|fecha|date)\s*:$/i;
/** A value is a short line: a date or a list of names, not a paragraph. */
const MAX_VALUE_WORDS = 12;

export function joinLabelValues(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (LABEL_ALONE.test(line.trim())) {
      // The value may follow after one blank line.
      const next = (lines[i + 1] ?? '').trim() === '' ? i + 2 : i + 1;
      const value = (lines[next] ?? '').trim();
      if (value !== '' && !LABEL_ALONE.test(value) && value.split(/\s+/).length <= MAX_VALUE_WORDS) {
        out.push(`${line.trim()} ${value}`);
        i = next;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}
