import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../ingest/index';

const paragraphs = (html: string) =>
  htmlToText(html)
    .text.split(/\n\s*\n/u)
    .map((block) => block.trim());

describe('a <br> inside a paragraph', () => {
  it('breaks a line of the paragraph, not the paragraph: the lines are joined with a space', () => {
    expect(
      paragraphs(
        '<p><strong>The Pilot and the Little Prince<br></strong>Peter Sís <br> Foster Books, $18.99</p>',
      ),
    ).toEqual(['The Pilot and the Little Prince Peter Sís Foster Books, $18.99']);
  });

  it('ends the paragraph when a second one follows it', () => {
    expect(
      paragraphs(
        '<p>A story of one dog. <em>-- Sandstrom</em><br> <br> <strong>Abuelo</strong><br>Arthur Dorros</p>',
      ),
    ).toEqual(['A story of one dog. -- Sandstrom', 'Abuelo Arthur Dorros']);
  });

  it("starts a list's item when the line after it opens with a list mark", () => {
    expect(
      paragraphs('<p>+ Added Slime Block<br>+ Added Banners<br>* Villager trading rebalanced</p>'),
    ).toEqual(['+ Added Slime Block', '+ Added Banners', '* Villager trading rebalanced']);
  });

  it('still breaks the text outside a paragraph', () => {
    expect(paragraphs('<div>Jane Roe<br>Staff Writer</div>')).toEqual(['Jane Roe', 'Staff Writer']);
  });
});

describe("a stock quote widget set after a company's name", () => {
  it('is left out of the sentence, which is not broken there', () => {
    const { text, removedElements } = htmlToText(
      '<p>Apple Watch <span class="tickershortcode quotecard_hook" data-symbol="aapl"><a href="/quote/aapl">aapl</a> <span>+0.5%</span></span> users may be big Siri fans.</p>',
    );
    expect(text.trim()).toBe('Apple Watch users may be big Siri fans.');
    expect(removedElements.map((element) => element.text)).toContain('aapl +0.5%');
  });
});
