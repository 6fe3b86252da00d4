import type { BoilerplateRule } from '../rules/rule-schema';
import { wordCount } from '../text/words';

type FieldTableRule = Extract<BoilerplateRule, { kind: 'field-table' }>;

/** One labelled line of a page's metadata table, and what it tells about the page. */
export type FieldLine = { index: number; groups: Record<string, string> };

/** The longest label a field line may have, in words ("Counsel for the Claimant(s)"). */
const MAX_LABEL_WORDS = 6;
/** A value longer than this is a sentence that happens to contain a colon, not a field. */
const MAX_VALUE_WORDS = 24;
/** Short lines a table may hold between its fields ("Ottawa, Ontario, February 18, 2010"). */
const MAX_GAP_WORDS = 8;

/*
 * Labels are page text, so they are looked up in Maps keyed by the label's key: "constructor" or
 * "__proto__" are not labels. The key keeps letters and spaces only ("Counsel for the Claimant(s):" →
 * "counsel for the claimants"); it compares labels, it is not the search's accent folding.
 */
const labelKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Labels whose value is the date the text was decided or published, with the stamp label it becomes. */
const DATE_LABELS: ReadonlyMap<string, string> = new Map([
  ['date', 'dated'],
  ['date of decision', 'decided'],
  ['decision date', 'decided'],
  ['date decided', 'decided'],
  ['decided', 'decided'],
  ['date of judgment', 'decided'],
  ['date of judgement', 'decided'],
  ['judgment date', 'decided'],
  ['date of order', 'decided'],
  ['date filed', 'filed'],
  ['filed', 'filed'],
  ['publication date', 'published'],
  ['date of publication', 'published'],
  ['published', 'published'],
  ['date published', 'published'],
  ['published on', 'published'],
  ['posted on', 'published'],
]);
/** Labels whose value names the decision-makers or writers. */
const AUTHOR_LABELS: ReadonlySet<string> = new Set([
  'panel',
  'coram',
  'member',
  'members',
  'presiding member',
  'presiding judge',
  'judge',
  'judges',
  'before',
  'present',
  'author',
  'authors',
  'written by',
  // The judge who drafts a Spanish-language court's judgment.
  'ponente',
]);
/** Labels whose value is the court or tribunal that decided: the page is a decision. */
const COURT_LABELS: ReadonlySet<string> = new Set(['tribunal', 'court', 'board', 'division']);

/** "The Honourable Mr. Justice O'Keefe" → "O'Keefe", "MINISTRA ANA RÍOS" → "ANA RÍOS"; "N/A" and "n/a" name no one. */
function namesOf(value: string): string | null {
  const name = value
    .replace(
      /^(?:the\s+)?(?:hon(?:ou?rable)?\.?\s+)?(?:(?:mr|mrs|ms|madam|madame)\.?\s+)?(?:(?:chief\s+|associate\s+)?justice|judge)\s+/i,
      '',
    )
    .replace(/^(?:(?:el|la)\s+)?(?:ministr[oa]|magistrad[oa]|juez(?:a)?)\s+/iu, '')
    .trim();
  return /^(?:n\/?a|none|-+)$/i.test(name) || !/\p{Lu}/u.test(name) ? null : name;
}

/** What one field tells about the page: a date (with its label), authors, or the deciding court. */
export function fieldMetadata(label: string, value: string): Record<string, string> {
  const key = labelKey(label);
  const dateLabel = DATE_LABELS.get(key);
  if (dateLabel !== undefined) return { label: dateLabel, date: value };
  if (AUTHOR_LABELS.has(key)) {
    const names = namesOf(value);
    return names ? { authors: names } : {};
  }
  if (COURT_LABELS.has(key) && !/^(?:n\/?a|none)$/i.test(value)) return { court: value };
  return {};
}

/**
 * A page's metadata table set as text: at least `minRun` lines of "Label: value" (a decision's Tribunal,
 * Date of Decision, Panel, Docket…), possibly with a short unlabelled line between two of them. One labelled
 * line alone is article text ("Note: …"); a table is a run of them, unless the line above it introduces it with
 * a colon (a list of the story's own). Each line found is returned with what it says about the page.
 */
export function findFieldTable(lines: readonly string[], rule: FieldTableRule): FieldLine[] {
  const regex = rule.regex;
  if (!regex) return [];
  const fieldAt = lines.map((line) => {
    const text = line.trim();
    if (text === '') return null;
    const match = regex.exec(text);
    const label = match?.groups?.label?.trim();
    const value = match?.groups?.value?.trim();
    if (!label || !value || wordCount(label) > MAX_LABEL_WORDS || wordCount(value) > MAX_VALUE_WORDS)
      return null;
    return { label, value };
  });
  const found: FieldLine[] = [];
  let run: number[] = [];
  let gap = 0;
  // A run the text introduces ("The results:" / "Clinton: 359." / "Sanders: 8.") is a list of the story's.
  const introduced = (first: number) => {
    const before = lines.slice(0, first).findLast((line) => line.trim() !== '') ?? '';
    return /:\s*$/u.test(before) && !fieldAt[lines.lastIndexOf(before, first)];
  };
  const close = () => {
    if (run.length >= rule.minRun && !introduced(run[0] ?? 0)) {
      for (const index of run) {
        const field = fieldAt[index];
        if (field)
          found.push({ index, groups: { field: field.label, ...fieldMetadata(field.label, field.value) } });
      }
    }
    run = [];
    gap = 0;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    if (fieldAt[index]) {
      run.push(index);
      gap = 0;
    } else if (run.length > 0 && gap === 0 && wordCount(line) <= MAX_GAP_WORDS) {
      gap = 1;
    } else close();
  });
  close();
  return found;
}
