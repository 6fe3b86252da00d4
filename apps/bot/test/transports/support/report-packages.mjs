// Preloaded (`node --import`) by http-start-packages.test.ts: when the process exits, prints on stderr the packages
// it loaded through require (every CommonJS package, among them discord.js and pino), one JSON line.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const after = file.slice(file.lastIndexOf('/node_modules/') + '/node_modules/'.length);
    if (after === file) continue;
    const parts = after.split('/');
    names.add(parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  process.stderr.write(`${JSON.stringify({ packagesRequired: [...names].sort() })}\n`);
});
