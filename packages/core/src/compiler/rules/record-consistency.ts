import type { DataIssue } from '../issue';
import { LEXICON_FILE, type SourceData } from '../parse-sources';

/** Rules that tie fields of one record together, and keep the search lexicon unambiguous. */
export function checkRecordConsistency(data: SourceData): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { file, path, record } of data.cases) {
    if (record.claimant === null && record.claimantDescription === null) {
      issues.push({
        file,
        path: [...path, 'claimantDescription'],
        message: 'an anonymous case (claimant: null) needs a description of the claimant',
        tip: 'describe the person as the reporting does, e.g. "A kidnapped businessman (identity withheld)"',
      });
    }
  }
  for (const { file, path, record } of data.quotes) {
    if (record.speaker === null && record.speakerDescription === null) {
      issues.push({
        file,
        path: [...path, 'speakerDescription'],
        message: 'a quote without a speaker id needs a speakerDescription',
        tip: 'name the speaker as the article does, e.g. "the Dallas immigration judge (as reported)"',
      });
    }
  }
  const groupOf = new Map<string, number>();
  data.lexicon.synonyms.forEach((group, g) => {
    group.forEach((term, t) => {
      const path = ['synonyms', g, t];
      if (term !== term.toLowerCase() || /\s/.test(term)) {
        issues.push({
          file: LEXICON_FILE,
          path,
          message: `"${term}" must be one lower-case word`,
          tip: 'write synonyms in lower case, one word each (phrases are matched word by word)',
        });
      }
      const previous = groupOf.get(term);
      if (previous !== undefined && previous !== g) {
        issues.push({
          file: LEXICON_FILE,
          path,
          message: `"${term}" is already in synonym group ${previous}`,
          tip: 'merge the two groups, or remove the term from one of them',
        });
      }
      groupOf.set(term, g);
    });
  });
  return issues;
}
