// CommonJS: the same packages through require().
// Run: node examples/commonjs/search.cjs [query…]
const { getArticle, search } = require('@asylum-archive/core');
const { parseQuery, toQueryPlan } = require('@asylum-archive/query');

const line = process.argv.slice(2).join(' ') || 'alarcon outcome:denied';
const { request } = toQueryPlan(parseQuery(line));
const result = search(request, { limit: 3 });
console.log(`${result.totalPassages} passages in ${result.totalArticles} article(s) match “${line}”.`);
for (const hit of result.hits) {
  const article = getArticle(hit.articleId);
  console.log(`- ${article?.title} (paragraph ${hit.paragraphIndex + 1}): ${hit.snippet}`);
}
