// Your own archive, as first-class as the shipped one: same search quality (the shipped lexicon comes
// along, so a Spanish query finds English text), the same query syntax and `type:`, the same formatting.
// Run: node examples/custom-archive/custom-archive.mjs
import { createArchive } from '@asylum-archive/core';
import { createQuery } from '@asylum-archive/query';
import { myData } from '../shared/my-articles.mjs';

const archive = await createArchive(myData);
const { query, formatResult } = createQuery(archive);

console.log(formatResult(query('refugio policía'), 'text'));
console.log();
console.log(formatResult(query('type:figure officers'), 'text'));

try {
  await createArchive({ articles: [{ ...myData.articles[0], titel: 'a misspelt key' }] });
} catch (error) {
  console.log(`\n${error.name}: ${error.message}`);
}
