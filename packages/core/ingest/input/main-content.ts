import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseWhitespace } from '../text/words';

/*
 * Where a saved HTML page's article is: the smallest element around its headline (<h1>) that holds most of
 * the page's paragraph text. Menus, login boxes, comment rules, "most read" lists and footers around it are
 * page furniture. A page without an <h1>, or whose paragraphs are not gathered around it, is read whole.
 */

/** A <p> this long is article-like text; shorter ones are labels, credits and buttons. */
const LONG_PARAGRAPH = 80;
/** The share of the page's long-paragraph text the article's element must hold. */
const ARTICLE_SHARE = 0.6;

type DomNode = ReturnType<typeof parseDocument>['children'][number];

const lengthOf = (node: DomNode) => collapseWhitespace(DomUtils.textContent(node)).length;

function isWithin(node: DomNode, ancestor: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The source range [start, end) of the article's element, or null to read the whole page. */
export function articleRange(html: string): { start: number; end: number } | null {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true, lowerCaseTags: true });
  const headline = DomUtils.findOne((element) => element.name === 'h1', document.children, true);
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
