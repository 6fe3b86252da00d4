import { OUTCOMES } from '@asylum-archive/core';
import { RESULT_TYPES } from '../syntax/fields';

export const HELP = `Usage: asylum-query [options] <query…>

Search the asylum archive: reporting on Mexican police officers and others who fled cartel
violence and sought asylum in the United States or Canada.

Query syntax
  juarez police             free words (stemmed; accents, Spanish and synonyms folded)
  "ninth circuit"           a phrase: these words in this order
  -canada -"el paso"        words or phrases that must not occur
  outlet:"texas observer"   a filter; quote a value that has spaces
Filters
  outlet: author: person: place: country: topic:   a name or id
  year:2019  year:2009..2011  after:2010  before:2019-03-22
  outcome:${OUTCOMES.join('|')}
  type:${RESULT_TYPES.join('|')}
Wrap the whole query in single quotes when it holds double quotes, so the shell keeps them.

Options
  --json        print the result as JSON (hits with title, outlet, date, url, citation)
  --limit N     results per page, 1 to 100 (default 10)
  --offset N    skip the first N results (default 0)
  --no-color    plain output (colour is used only on a terminal, and never when NO_COLOR is set)
  -h, --help    show this help
  --version     show the version

Exit status: 0 results found, 1 no results, 2 usage or syntax error.

Examples
  asylum-query alarcon outcome:denied
  asylum-query 'outlet:"texas observer" after:2010 -canada'
  asylum-query --json --limit 3 asilo policía
`;
