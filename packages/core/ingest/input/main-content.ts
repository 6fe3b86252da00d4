import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseWhitespace } from '../text/words';
import { findFurniture, LONG_PARAGRAPH, mainParagraphParent } from './furniture';

/*
 * Where a saved HTML page's article is: the smallest element around its headline (<h1>) that holds most of
 * the page's paragraph text. Menus, login boxes, comment rules, "most read" lists and footers around it are
 * page furniture. A page without an <h1>, or whose paragraphs are not gathered around it, is read whole.
 * Inside what is read, elements that mark themselves as furniture (./furniture.ts) are dropped too.
 */

/** The share of the page's long-paragraph text the article's element must hold. */
const ARTICLE_SHARE = 0.6;

type DomDocument = ReturnType<typeof parseDocument>;
type DomNode = DomDocument['children'][number];

/** The parse options the streaming reader (html-to-text.ts) uses too, so source indices agree. */
export const PARSE_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  recognizeSelfClosing: true,
} as const;

const lengthOf = (node: DomNode) => collapseWhitespace(DomUtils.textContent(node)).length;

function isWithin(node: DomNode, ancestor: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

export type PageStructure = {
  /** The source range [start, end) of the article's element, or null to read the whole page. */
  article: { start: number; end: number } | null;
  /** Furniture elements by the source index where each starts, with why they are furniture. */
  furniture: Map<number, string>;
  /**
   * Paragraphs that stand in the headline's element while the story's paragraphs are in another one (a
   * standfirst under the <h1>): the markup's evidence that they are the page's header, not its body.
   */
  besideHeadline: string[];
};

function articleRange(document: DomDocument, headline: DomNode | null): PageStructure['article'] {
  if (!headline) return null;
  const paragraphs = DomUtils.findAll((element) => element.name === 'p', document.children)
    .map((element) => ({ element, length: lengthOf(element) }))
    .filter((paragraph) => paragraph.length >= LONG_PARAGRAPH);
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (total === 0) return null;
  for (let element = headline.parent; element && 'name' in element; element = element.parent) {
    const container = element;
    const held = paragraphs
      .filter((paragraph) => isWithin(paragraph.element, container))
      .reduce((sum, paragraph) => sum + paragraph.length, 0);
    if (held >= ARTICLE_SHARE * total) {
      if (element.name === 'body' || element.name === 'html') return null;
      return element.startIndex === null || element.endIndex === null
        ? null
        : { start: element.startIndex, end: element.endIndex + 1 };
    }
  }
  return null;
}

/** Where the article is and which elements are furniture, from one parse of the page. */
export function readPageStructure(html: string): PageStructure {
  const document = parseDocument(html, { ...PARSE_OPTIONS, withStartIndices: true, withEndIndices: true });
  const headline = DomUtils.findOne((element) => element.name === 'h1', document.children, true);
  const main = mainParagraphParent(document);
  const top = headline?.parent ?? null;
  const besideHeadline =
    top && main && !isWithin(main, top)
      ? DomUtils.findAll((element) => element.name === 'p', top.children)
          .map((element) => collapseWhitespace(DomUtils.textContent(element)))
          .filter((text) => text !== '')
      : [];
  return {
    article: articleRange(document, headline),
    besideHeadline,
    furniture: findFurniture(
      document,
      [headline, main].filter((node) => node !== null),
    ),
  };
}
