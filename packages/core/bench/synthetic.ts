import { seededRandom } from '../../../tooling/testing/seeded-random.ts';
import type { Article, Dataset, Mention } from '../src/schema/types';

const SYLLABLES = [
  'ba',
  'ca',
  'de',
  'fi',
  'go',
  'hu',
  'ja',
  'ke',
  'li',
  'mo',
  'nu',
  'pa',
  're',
  'si',
  'to',
  'vu',
  'xa',
  'zo',
];

/**
 * An archive of `articleCount` articles for benchmarks: the real articles first, then clones of them in turn
 * with a share of their words swapped, for other words of the corpus or for made-up words, so that postings
 * differ between clones and the vocabulary grows with the archive as a real one does. Entity mentions are
 * carried over to the clones; cases, figures and quotes keep citing the originals.
 */
export function syntheticDataset(base: Dataset, articleCount: number, seed = 20_240_601): Dataset {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const realWords = [
    ...new Set(base.articles.flatMap((article) => article.paragraphs.join(' ').split(/\s+/))),
  ];
  const inventedCount = Math.max(500, Math.round(60 * Math.sqrt(articleCount)));
  const inventedWords = Array.from({ length: inventedCount }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join(''),
  );
  const swap = (text: string, share: number) =>
    text
      .split(' ')
      .map((word) => (next() < share ? (next() < 0.7 ? pick(realWords) : pick(inventedWords)) : word))
      .join(' ');

  const mentionsByArticle = new Map<string, Array<{ list: Mention[]; mention: Mention }>>();
  const people = base.people.map((record) => ({ ...record, mentions: [...record.mentions] }));
  const organizations = base.organizations.map((record) => ({ ...record, mentions: [...record.mentions] }));
  const places = base.places.map((record) => ({ ...record, mentions: [...record.mentions] }));
  for (const record of [...people, ...organizations, ...places]) {
    for (const mention of record.mentions) {
      const list = mentionsByArticle.get(mention.articleId) ?? [];
      list.push({ list: record.mentions, mention });
      mentionsByArticle.set(mention.articleId, list);
    }
  }

  const articles: Article[] = [...base.articles];
  for (let index = base.articles.length; index < articleCount; index++) {
    const original = base.articles[index % base.articles.length] as Article;
    const id = `${original.id}-${index}`;
    articles.push({
      ...original,
      id,
      title: `${swap(original.title, 0.3)} ${index}`,
      paragraphs: original.paragraphs.map((paragraph) => swap(paragraph, 0.15)),
    });
    for (const { list, mention } of mentionsByArticle.get(original.id) ?? [])
      list.push({ ...mention, articleId: id });
  }
  return { ...base, articles, people, organizations, places };
}
