/*
 * Undoes what copying a printed page into text does to its layout, before lines are joined into paragraphs:
 * a list bullet a viewer put before the first line, an indentation every line shares, justified spacing
 * (runs of spaces between words) and double spacing (a blank line after every line). Never changes a word.
 */

const nonEmpty = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');
const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/** Lines that share an indentation (most lines of a copied page view) lose it; the rest keep their own. */
function stripCommonIndent(lines: readonly string[]): string[] {
  const indents = nonEmpty(lines)
    .map(indentOf)
    .sort((a, b) => a - b);
  const common = indents[Math.floor(0.2 * (indents.length - 1))] ?? 0;
  if (common === 0) return [...lines];
  return lines.map((line) => line.slice(Math.min(common, indentOf(line))));
}

/** Justified text: most lines carry runs of spaces between words. Seeds with one double space are not. */
function isJustified(lines: readonly string[]): boolean {
  const content = nonEmpty(lines);
  if (content.length < 4) return false;
  const spaced = content.filter((line) => / {2,}\S/.test(line.trim())).length;
  return spaced / content.length >= 0.3;
}

/** Double spacing: (nearly) every line is followed by one blank line and then more text. */
function isDoubleSpaced(lines: readonly string[]): boolean {
  let pairs = 0;
  let spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((lines[i] ?? '').trim() === '') continue;
    const next = lines.slice(i + 1).findIndex((line) => line.trim() !== '');
    if (next < 0) break;
    pairs++;
    if (next === 1) spaced++;
  }
  return pairs >= 2 && spaced / pairs >= 0.85;
}

/**
 * A saved page with one paragraph per line and a blank line between paragraphs is not double spaced: a
 * double-spaced printout has lines of one width, cut at the margin, with indented paragraph starts.
 */
function looksTypedDoubleSpaced(lines: readonly string[]): boolean {
  const content = nonEmpty(lines);
  const indented = content.some((line) => /^[ \t]{2,}\S/.test(line));
  const widths = content.map((line) => line.trim().length).sort((a, b) => a - b);
  const widest = widths.at(-1) ?? 0;
  return indented && widest <= 120 && (widths[Math.floor(widths.length / 2)] ?? 0) >= 0.6 * widest;
}

export function normalizeLayout(input: readonly string[]): string[] {
  // A viewer's list bullet before the first line of a copied page ("•      In the").
  let lines = input.map((line) => line.replace(/^(\s*)•(\s{2,})/, '$1 $2'));
  lines = stripCommonIndent(lines);
  if (isJustified(lines)) {
    lines = lines.map((line) => {
      const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
      return (
        indent +
        line
          .slice(indent.length)
          .replace(/ {2,}(?=\S)/g, ' ')
          .replace(/ +$/, '')
      );
    });
  }
  if (isDoubleSpaced(lines) && looksTypedDoubleSpaced(lines)) {
    // Single blank lines were spacing; a run of blank lines still ends a paragraph.
    lines = lines.filter(
      (line, i) =>
        line.trim() !== '' || (lines[i - 1] ?? '').trim() === '' || (lines[i + 1] ?? '').trim() === '',
    );
  }
  return lines;
}
