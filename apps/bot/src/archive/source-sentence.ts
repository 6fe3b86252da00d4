import { type Article, type Citation, citedParagraph } from '@asylum-archive/core';

// Abbreviations after which a full stop does not end a sentence ("Capt. Felipe Galindo", "Gov. Rick Perry").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'capt',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'prof',
  'no',
  'vs',
  'col',
  'maj',
  'ft',
]);

/** Quotes and brackets that may close a sentence after its punctuation: `…to die.”` */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * The whole sentence (or sentences) of the article that a citation's excerpt comes from. Excerpts are often
 * a fragment; readers want the sentence around it. Falls back to the excerpt itself if it cannot be found.
 */
export function sourceSentence(article: Article | undefined, citation: Citation): string {
  // The paragraph is the one the data's compiler located for the citation (core's one lookup of it).
  const paragraph = citedParagraph(article, citation)?.text;
  const at = paragraph === undefined ? -1 : paragraph.indexOf(citation.excerpt);
  if (paragraph === undefined || at === -1) return citation.excerpt;
  return paragraph
    .slice(sentenceStart(paragraph, at), sentenceEnd(paragraph, at + citation.excerpt.length))
    .trim();
}

function sentenceStart(text: string, from: number): number {
  for (let index = from - 1; index > 0; index -= 1) {
    if (/\s/.test(text[index] ?? '') && endsSentenceBefore(text, index)) return index + 1;
  }
  return 0;
}

function sentenceEnd(text: string, from: number): number {
  // The excerpt may already end on the sentence's punctuation.
  for (let index = Math.max(from - 1, 0); index < text.length; index += 1) {
    if (/\s/.test(text[index] ?? '') && index >= from && endsSentenceBefore(text, index)) return index;
  }
  return text.length;
}

/** Whether the characters just before the whitespace at `space` close a sentence. */
function endsSentenceBefore(text: string, space: number): boolean {
  let index = space - 1;
  while (index >= 0 && CLOSERS.has(text[index] ?? '')) index -= 1;
  const mark = text[index];
  if (mark !== '.' && mark !== '?' && mark !== '!') return false;
  if (mark === '.') {
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, index - 12), index))?.[1] ?? '';
    // "U.S." and initials are written in capitals; a sentence rarely ends on a single capital letter.
    if (word.length === 1 && word === word.toUpperCase()) return false;
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/\.[A-Z]$/.test(text.slice(Math.max(0, index - 2), index))) return false;
  }
  return true;
}
