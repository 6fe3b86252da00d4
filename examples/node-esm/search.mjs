// Node ESM: search the shipped archive with the query syntax and print the result as text.
// Run: node examples/node-esm/search.mjs [query…]
import { shippedArchive } from '@asylum-archive/core';
import { formatResult, query } from '@asylum-archive/query';

const line = process.argv.slice(2).join(' ') || 'asilo policía negado';
const result = query(line, { limit: 3 });
console.log(formatResult(result, 'text'));
console.log(`\n${shippedArchive.articles.length} articles in the shipped archive.`);
