import { describe, expect, it } from 'vitest';
import { ingestPage } from '../../ingest/index';
import { parsePrintedDate } from '../../ingest/metadata/parse-date';
import { emptyArchive, loadRules } from './helpers';

const lede = 'Duran fled to Hermosillo.';
const second =
  'An immigration judge decided his testimony was credible, but found that the threats he received did not meet the standard for asylum.';
const third = 'The judge concluded that he could escape cartel hitmen by moving to another place in Mexico.';

function plan(text: string, flags: { title?: string } = {}) {
  const outcome = ingestPage({ text, format: 'text', name: 'p' }, flags, emptyArchive(), loadRules());
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('--title never discards a block silently', () => {
  it('keeps a short first paragraph in the body when the given headline is not on the page', () => {
    const drafted = plan([lede, second, third].join('\n\n'), { title: 'Court Denies Asylum Appeal' });
    expect(drafted.paragraphs).toEqual([lede, second, third]);
    expect(drafted.frontmatter).toMatchObject({
      title: 'Court Denies Asylum Appeal',
      titleSource: 'editorial',
      dek: null,
    });
  });

  it('takes the headline out of the body only when it is the given one, and says so', () => {
    const drafted = plan(['Court Denies Asylum Appeal', second, third].join('\n\n'), {
      title: 'Court denies asylum appeal',
    });
    expect(drafted.paragraphs).toEqual([second, third]);
    expect(drafted.frontmatter.titleSource).toBe('outlet');
    expect(drafted.frontmatter.review.join('\n')).toContain('found in the page');
  });
});

describe('rights', () => {
  it('come from the reprint’s own copyright line, not the reprint site’s footer', () => {
    const drafted = plan(
      [
        'Pubdate: Thu, 15 May 2008',
        'Source: Dallas Morning News (TX)',
        'Copyright: 2008 The Dallas Morning News',
        'Author: Brendan McKenna',
        '',
        second,
        '',
        third,
        '',
        '© 2024 MAP Inc. All rights reserved.',
      ].join('\n'),
    );
    expect(drafted.frontmatter.rights).toBe("The page says 'Copyright: 2008 The Dallas Morning News'.");
    expect(drafted.frontmatter.published.date).toBe('2008-05-15');
    expect(drafted.proposals.authors.unknownNames.map((u) => u.name)).toEqual(['Brendan McKenna']);
  });
});

describe('dates stated with the time first', () => {
  it('takes the publication date, not the update, from "Published … | Updated …"', () => {
    const drafted = plan(
      ['Published 5:49 p.m. MT April 4, 2017 | Updated 6:01 p.m. MT April 5, 2017', second, third].join(
        '\n\n',
      ),
    );
    expect(drafted.frontmatter.published.date).toBe('2017-04-04');
    expect(drafted.paragraphs).toEqual([second, third]);
  });
});

describe('lookups keyed by page text', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is not a month', (word) => {
    expect(parsePrintedDate(`${word} 5, 2019`)).toBeNull();
    expect(parsePrintedDate(`5 ${word} 2019`)).toBeNull();
  });

  it.each(['constructor', '__proto__', 'toString'])('a page whose words are %s ingests as text', (word) => {
    const paragraphs = [`${second} ${word}.`, `${third} ${word} ${word}.`];
    expect(plan(paragraphs.join('\n\n')).paragraphs).toEqual(paragraphs);
  });
});
