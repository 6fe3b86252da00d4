// The same work in every runtime (Node ESM, CommonJS via the CLI example, Chromium, an edge-style sandbox):
// the results are compared with what Node gives, so a runtime that differs fails CI.
import { myData } from './my-articles.mjs';

export const QUERIES = [
  'asilo policía negado',
  'alarcon outcome:denied',
  'type:figure police',
  'outlet:"texas observer" judge -canada',
  'juarez denid',
];

const summarise = (result) => ({
  totalPassages: result.totalPassages,
  totalArticles: result.totalArticles,
  hits: result.hits.map((hit) => `${hit.articleId}#${hit.paragraphIndex}`),
  ...(result.reason ? { reason: result.reason } : {}),
  ...(result.didYouMean ? { didYouMean: result.didYouMean } : {}),
});

/** Runs every example query on the shipped archive and on a custom one; returns plain JSON. */
export async function runAll(core, query) {
  const shipped = Object.fromEntries(
    QUERIES.map((line) => [line, summarise(query.query(line, { limit: 5 }))]),
  );
  const custom = query.createQuery(await core.createArchive(myData));
  const found = custom.query('type:figure refugio', { limit: 5 });
  return {
    shipped,
    autocomplete: core.suggest('alar', { limit: 5 }).map((entry) => `${entry.kind}:${entry.id}`),
    custom: { ...summarise(found), text: custom.formatResult(found, 'text') },
  };
}
