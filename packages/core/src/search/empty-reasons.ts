import type { EmptyReason } from './types';

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;

/** At most eight values, then an ellipsis: enough to show what exists without a wall of text. */
function someOf(values: readonly string[]): string {
  const shown = values.slice(0, 8).join(', ');
  return values.length > 8 ? `${shown}, …` : shown;
}

/**
 * One reason in English: the wording of `SearchResult.reason`. Front ends in other languages word the same
 * reason from its `code` and values (`SearchResult.why`) instead of translating this text.
 */
export function describeEmptyReason(reason: EmptyReason): string {
  switch (reason.code) {
    case 'empty-query':
      return 'empty query: type a word, a name or a number to search for';
    case 'only-common-words':
      return `only common words in ${quote(reason.query)}: add a more specific word`;
    case 'no-passage-contains':
      return `no passage contains ${reason.terms.map(quote).join(' or ')}`;
    case 'nothing-matches':
      return `nothing matches ${reason.query === '' ? 'the query' : quote(reason.query)}${reason.withFilters ? ' with these filters' : ''}${reason.withExclusions ? ' and exclusions' : ''}`;
    case 'filter-leaves-none': {
      const shown = reason.field === 'date' ? 'the date range' : `${reason.field}:${reason.values.join(',')}`;
      const present = reason.present.map((each) => `${each.value} (${each.count})`).join(', ');
      const among = reason.field === 'date' ? 'year' : reason.field;
      return `${shown} leaves none of the ${reason.matches} matches; ${among} among them: ${present || 'none'}`;
    }
    case 'unknown-filter-value':
      return `unknown ${reason.field} ${quote(reason.value)}; known: ${reason.known.length === 0 ? 'this archive has none' : someOf(reason.known)}`;
    case 'not-a-date':
      return `${reason.field} ${quote(reason.value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2010)`;
    case 'unknown-holding':
      return `holding must be one of ${reason.kinds.join(', ')}`;
  }
}
