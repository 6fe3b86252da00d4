import { describe, expect, it } from 'vitest';
import { ingestText } from './helpers';

/*
 * What a page sets inside or right above a story, by shape: a case-law site's star page between two words.
 */

describe('a star page inside a sentence', () => {
  it('is taken out between two words and reported', () => {
    const sentence =
      'The Court enjoins Respondents from transferring Petitioner *3 from the District of Oregon while the petition is pending before it.';
    const plan = ingestText(
      ['M-S-L v. Bostock', '', sentence, '', sentence.replace(' *3', '')].join('\n'),
      'star',
    );
    expect(plan.paragraphs[0]).toBe(sentence.replace(' *3', ''));
    expect(plan.removals.some((removal) => removal.ruleId === 'star-page' && removal.text === '*3')).toBe(
      true,
    );
  });

  it('leaves a footnote star and a multiplication sign alone', () => {
    const text = 'The Board erred.* Two grids are drawn, and 2 * 3 is six, the agency said.';
    const plan = ingestText(['A headline of the story here', '', text, '', text].join('\n'), 'stars');
    expect(plan.paragraphs[0]).toBe(text);
  });
});
