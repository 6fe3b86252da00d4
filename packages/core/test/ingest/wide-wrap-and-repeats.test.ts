import { describe, expect, it } from 'vitest';
import { removePrintedTwice } from '../../ingest/clean/menu-runs';
import type { Removal } from '../../ingest/clean/removal';
import { ingestText } from './helpers';

const HEADLINE = 'Court denies former officer asylum';

describe("text hard-wrapped at a wide margin (about 150 characters, a forum's printable page)", () => {
  const words = (n: number, start: number) =>
    Array.from(
      { length: n },
      (_, i) => ['officers', 'border', 'court', 'asylum', 'judge', 'report'][(i + start) % 6],
    ).join(' ');
  const paragraph = (seed: number) => {
    const text = `The ${words(120, seed)} ended.`;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > 150) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
    return { text, lines };
  };

  it('is joined into its paragraphs', () => {
    const first = paragraph(0);
    const second = paragraph(3);
    const plan = ingestText([HEADLINE, ...first.lines, ...second.lines].join('\n'), 'wide');
    expect(plan.paragraphs).toEqual([first.text, second.text]);
  });
});

describe('a header printed twice with its first paragraph and first section heading', () => {
  const lede =
    'This alert updates information for citizens on security situations in the region that may affect their activities while in that country. This supersedes the alert for the region dated October 24, 2007.';
  const heading = 'Violence Along The Border';
  const story =
    'Violent criminal activity fueled by a war between criminal organizations continues along the border, and attacks are aimed primarily at police.';

  it('keeps the paragraph and the heading once, in order, and the heading is no headline', () => {
    const kept = ['Travel Alert', lede, heading, lede, heading, story];
    const gapAfter = kept.map(() => false);
    const removals: Removal[] = [];
    const headline = removePrintedTwice(kept, gapAfter, removals);
    expect(kept).toEqual(['Travel Alert', lede, heading, story]);
    expect(removals.map((removal) => [removal.ruleId, removal.text])).toEqual([
      ['printed-twice', heading],
      ['printed-twice', lede],
    ]);
    expect(headline).toBeNull();
  });

  it('leaves a rule line under a heading out of the body', () => {
    const more =
      'Recent army and police force conflicts with heavily armed cartels have escalated to levels equivalent to small-unit combat in several towns.';
    const plan = ingestText(
      [HEADLINE, '', lede, '', story, '', heading, '', '-----------', '', more].join('\n'),
      'rule',
    );
    expect(plan.paragraphs).toEqual([lede, story, heading, more]);
    expect(plan.removals).toContainEqual(
      expect.objectContaining({ ruleId: 'rule-line', text: '-----------' }),
    );
  });
});
