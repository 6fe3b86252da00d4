import type { QuerySyntaxDetail } from './errors';

const listed = (values: readonly string[], suffix = '') => values.map((v) => v + suffix).join(', ');

/** The English message of a syntax error: what is wrong and what would be right. */
export function syntaxMessage(detail: QuerySyntaxDetail): string {
  switch (detail.code) {
    case 'not-a-string':
      return `A query must be a string, not ${detail.type}.`;
    case 'unclosed-quote':
      return 'Unclosed quote: end the phrase with a closing ", as in "texas observer".';
    case 'unknown-field':
      return `Unknown field "${detail.field}:". Use one of ${listed(detail.fields, ':')}. Did you mean "${detail.suggestion}:"?`;
    case 'excluded-filter':
      return `A filter cannot be excluded: remove the "-" before ${detail.field}:, or exclude a word or "phrase" instead.`;
    case 'repeated-field': {
      const hint = detail.field === 'year' ? ' (one range such as year:2009..2011 covers several years)' : '';
      return `${detail.field}: is given twice; keep only one${hint}.`;
    }
    case 'empty-value':
      return `Empty value for ${detail.field}:. Write ${detail.field}:value, or ${detail.field}:"two words" for a value with spaces.`;
    case 'bad-year':
      return `Bad year "${detail.value}": write year:2019 or a range year:2009..2011 (for an open range use after: or before:).`;
    case 'reversed-year-range':
      return `Bad year range "${detail.from}..${detail.to}": it ends before it starts; write year:${detail.to}..${detail.from}.`;
    case 'bad-date':
      return `Bad date "${detail.value}" for ${detail.field}:. Write YYYY, YYYY-MM or YYYY-MM-DD, as in ${detail.field}:2010-06-30.`;
    case 'unknown-value':
      return `Unknown ${detail.field} "${detail.value}". Use one of ${listed(detail.allowed)}. Did you mean ${detail.field}:${detail.suggestion}?`;
  }
}
