// `node readme-links.mjs` in a published package: its README is shown on npm, away from the repository, so
// every link must be an absolute http(s) address. Fails, naming each link that is not (a relative path, a
// placeholder left in a link), so a broken link cannot ship.
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const links = [...readme.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1] ?? '');
const broken = links.filter((link) => !/^https?:\/\/[^\s{}<>]+$/.test(link));
if (broken.length > 0) {
  console.error(
    `README.md: ${broken.length} link(s) npm cannot follow; write them as absolute https:// addresses:\n${broken.map((link) => `  ${link}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`README.md: all ${links.length} links are absolute`);
