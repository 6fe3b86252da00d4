// `node pack-size.mjs <limit-kB>` in a package directory: packs it as npm would publish it and fails when the
// tarball is larger than the budget or carries source maps (they embedded the generated data twice).
import { execFileSync } from 'node:child_process';

const limitKb = Number(process.argv[2]);
if (!Number.isFinite(limitKb)) {
  console.error('usage: node pack-size.mjs <limit in kB>');
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const packedKb = pack.size / 1000;
const maps = pack.files.filter((file) => file.path.endsWith('.map')).map((file) => file.path);
console.log(
  `${pack.name}: tarball ${packedKb.toFixed(1)} kB packed (budget ${limitKb} kB), ${(pack.unpackedSize / 1000).toFixed(1)} kB unpacked, ${pack.files.length} files`,
);
const problems = [];
if (packedKb > limitKb)
  problems.push(`the tarball is ${packedKb.toFixed(1)} kB, over its ${limitKb} kB budget`);
if (maps.length > 0) problems.push(`source maps would be published: ${maps.join(', ')}`);
for (const problem of problems) console.error(`✖ ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
