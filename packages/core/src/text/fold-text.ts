import { ArchiveError } from '../errors';
import { tokenize } from '../search/analysis/tokenize';

/**
 * Text as a person means it when typing a name: its words lower-cased, accents removed (Juárez = juarez),
 * punctuation dropped, one space between words. The fold core's search, filters and autocomplete match with;
 * front ends use it to compare what was typed with names.
 */
export function foldText(text: string): string {
  if (typeof text !== 'string') throw ArchiveError.invalidArgument('foldText: the text', 'text', text);
  return tokenize(text)
    .map((token) => token.folded)
    .join(' ');
}
