import type { Mention } from '../schema/types';

type TextField = { field: 'title' | 'dek' | 'caption' | 'paragraph'; index: number; text: string };

export type ArticleText = {
  id: string;
  title: string;
  dek: string | null;
  captions: readonly string[];
  paragraphs: readonly string[];
};

export type NamedEntity = { key: string; names: readonly string[] };

/** Folds case and accents one UTF-16 unit at a time so offsets in the folded text map back 1:1. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Keep the length of each unit: fall back to the lower-cased char when folding changes its length.
    out +=
      folded.length === char.length
        ? folded
        : char.toLowerCase().length === char.length
          ? char.toLowerCase()
          : char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function fieldsOf(article: ArticleText): TextField[] {
  return [
    { field: 'title', index: 0, text: article.title },
    ...(article.dek ? [{ field: 'dek' as const, index: 0, text: article.dek }] : []),
    ...article.captions.map((text, index) => ({ field: 'caption' as const, index, text })),
    ...article.paragraphs.map((text, index) => ({ field: 'paragraph' as const, index, text })),
  ];
}

/**
 * Finds every entity's name and aliases in the articles: accent- and case-insensitive at word boundaries,
 * but a name written with a capital must meet a capital (so "Humble" the attorney is not "humble").
 * An entity's own names count once where they overlap ("Ruiz" inside "Pedro Ruiz"); different entities may
 * nest ("Chihuahua" inside "Chihuahua State Human Rights Commission" mentions the state and the commission).
 */
export function locateMentions(
  articles: readonly ArticleText[],
  entities: readonly NamedEntity[],
): Map<string, Mention[]> {
  const result = new Map<string, Mention[]>(entities.map((entity) => [entity.key, []]));
  const needles = entities.flatMap((entity) =>
    [...new Set(entity.names)].map((name) => ({ key: entity.key, name, folded: fold(name) })),
  );

  for (const article of articles) {
    for (const { field, index, text } of fieldsOf(article)) {
      const haystack = fold(text);
      const candidates: Array<{ key: string; start: number; end: number }> = [];
      for (const needle of needles) {
        if (needle.folded.length === 0) continue;
        let from = 0;
        for (;;) {
          const start = haystack.indexOf(needle.folded, from);
          if (start < 0) break;
          from = start + 1;
          const end = start + needle.folded.length;
          const before = text[start - 1];
          const after = text[end];
          if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
          const first = needle.name[0] ?? '';
          if (isUpper(first) && !isUpper(text[start] ?? '')) continue;
          candidates.push({ key: needle.key, start, end });
        }
      }
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken: typeof candidates = [];
      for (const candidate of candidates) {
        const overlapsOwnName = taken.some(
          (span) => span.key === candidate.key && candidate.start < span.end && span.start < candidate.end,
        );
        if (overlapsOwnName) continue;
        taken.push(candidate);
      }
      taken.sort((a, b) => a.start - b.start);
      for (const { key, start, end } of taken) {
        result.get(key)?.push({ articleId: article.id, field, index, start, end });
      }
    }
  }
  return result;
}
