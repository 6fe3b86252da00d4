import { describe, expect, it } from 'vitest';
import { splitCourtCaption } from '../../ingest/court/court-caption';
import { ingestText } from './helpers';

/** A caption a copy ran into one line, cut off inside the panel line. */
const FLATTENED_CAPTION =
  'In the United States Court of Appeals For the Seventh Circuit ____________________ No. 13- 2141 A.B.C., Petitioner, v. ERIC H. HOLDER, JR., Attorney General of the United States, Respondent. ____________________ ARGUED MARCH 5, 2014 DECIDED MARCH 19, 2014 ____________________ Before EASTERBROOK, MANION, and HAMILTON, Circuit';

const OPINION =
  'While the petitioner was an investigator, he arrested hundreds of suspects and testified against traffickers.';

describe('court captions as case-law sites print them', () => {
  it('reads a caption whose parties carry their roles on the same line ("X, Petitioner,")', () => {
    const split = splitCourtCaption([
      'Searching over 5,500,000 cases.',
      'A.B.C. v. Holder',
      'United States Court of Appeals, Seventh Circuit',
      'March 19, 2014',
      'A.B.C., Petitioner,',
      'v.',
      'ERIC H. HOLDER, JR., Attorney General of the United States, Respondent',
      'Argued March 5, 2014.',
      'Before EASTERBROOK, MANION, and HAMILTON, Circuit Judges.',
      'OPINION',
      'Easterbrook, Circuit Judge.',
      OPINION,
    ]);
    expect(split.opinion).toMatchObject({
      title: { value: 'A.B.C. v. Holder' },
      court: 'United States Court of Appeals for the Seventh Circuit',
      date: { value: '2014-03-19' },
      judges: { names: ['Easterbrook'] },
    });
    expect(split.lines).toEqual([OPINION]);
    expect(split.removals.map((removal) => removal.text)).toContain('Searching over 5,500,000 cases.');
  });

  it('reads a caption run together on one line, taking out only that line and the case heading', () => {
    const summary = 'The court vacated the order and remanded the case to the Board.';
    const split = splitCourtCaption([
      'A. B. C. v. Holder, No. 13-2141 (7th Cir. 2014)',
      '',
      summary,
      '',
      FLATTENED_CAPTION,
    ]);
    expect(split.opinion).toMatchObject({
      title: { value: 'A. B. C. v. Holder' },
      date: { value: '2014-03-19' },
      judges: { names: ['Easterbrook', 'Manion', 'Hamilton'] },
    });
    expect(split.lines.filter((line) => line.trim() !== '')).toEqual([summary]);
  });
});

describe('a copy that stops inside the caption', () => {
  it('is truncated, though its text (a summary above the caption) ends on a finished sentence', () => {
    const text = [
      'A. B. C. v. Holder, No. 13-2141 (7th Cir. 2014)',
      '',
      'The court vacated the order and remanded the case to the Board.',
      '',
      FLATTENED_CAPTION,
    ].join('\n');
    const plan = ingestText(text, 'cut');
    expect(plan.frontmatter.truncated).toBe(true);
    expect(plan.frontmatter.genre).toBe('court-opinion');
  });
});

describe('a page number between two paragraphs', () => {
  it('is removed and the sentence it split is one paragraph again', () => {
    const text = [
      'The officer refused the bribes, so they tried to kill him under their "plata o plomo"',
      '',
      'Page 809',
      '',
      'policy, "silver or lead." He was wounded twice while on duty.',
      '',
      'He then sought asylum in the United States.',
    ].join('\n');
    const plan = ingestText(text, 'paged');
    expect(plan.paragraphs).toEqual([
      'The officer refused the bribes, so they tried to kill him under their "plata o plomo" policy, "silver or lead." He was wounded twice while on duty.',
      'He then sought asylum in the United States.',
    ]);
    expect(plan.removals.map((removal) => removal.ruleId)).toContain('page-number');
  });
});

describe("a slip opinion's caption with an alias and a suffix in capitals", () => {
  it('titles the case without the alias, keeps "JR." and takes "PER CURIAM:*" out of the body', () => {
    const split = splitCourtCaption([
      'IN THE UNITED STATES COURT OF APPEALS',
      'FOR THE FIFTH CIRCUIT',
      'FILED',
      'October 18, 2013',
      'No. 13-60167',
      '',
      'LUIS ALBERTO VASQUEZ-HERNANDEZ, also known as Luisd Alberyo',
      'Vasquez-Hernandez,',
      '',
      'Petitioner',
      '',
      'v.',
      '',
      'ERIC H. HOLDER, JR., U. S. ATTORNEY GENERAL,',
      '',
      'Respondent',
      '',
      'Before KING, DAVIS, and ELROD, Circuit Judges.',
      'PER CURIAM:*',
      OPINION,
    ]);
    expect(split.opinion?.title?.value).toBe('LUIS ALBERTO VASQUEZ-HERNANDEZ v. ERIC H. HOLDER, JR.');
    expect(split.lines.filter((line) => line.trim() !== '')).toEqual([OPINION]);
  });
});
