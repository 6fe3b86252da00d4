/**
 * Render times of every picture the shipped archive has, after warm-up: SVG drawing (Plot) and PNG
 * rasterising (text to outlines, then resvg) separately and together, plus the PNG's size. Prints figures, asserts nothing.
 *   pnpm --filter @asylum-archive/bot bench:pictures [-- --runs 60 --warmup 10]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { shippedBotArchive } from '../src/archive/shipped-archive';
import type { PictureRequest } from '../src/pictures/picture-request';
import { svgToPng } from '../src/pictures/png';
import { drawPicture } from '../src/pictures/render-picture';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '60' }, warmup: { type: 'string', default: '10' } },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const data = shippedBotArchive().data;

// Every record that has a picture of each kind: the slowest one is the figure that matters (a map of a journey
// to Canada draws far more coastline than one across the Texas border).
const requests: PictureRequest[] = [
  ...data.cases.map((each) => ({ kind: 'timeline' as const, id: each.id, locale: 'en' as const })),
  ...data.cases.map((each) => ({ kind: 'map' as const, id: each.id, locale: 'en' as const })),
  ...data.figures.map((each) => ({ kind: 'figure' as const, id: each.id, locale: 'en' as const })),
].filter((request) => drawPicture(request, data) !== undefined);

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
const p50 = (times: readonly number[]) =>
  percentile(
    [...times].sort((a, b) => a - b),
    0.5,
  );
const fmt = (times: readonly number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${percentile(sorted, 0.5).toFixed(1)} / ${percentile(sorted, 0.95).toFixed(1)}`;
};

type Measured = { request: PictureRequest; totalP50: number; row: string };
const measured: Measured[] = [];
for (const request of requests) {
  const svgTimes: number[] = [];
  const pngTimes: number[] = [];
  const totals: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  let size = '';
  for (let run = 0; run < warmup + runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const drawn = drawPicture(request, data);
    if (drawn === undefined) throw new Error(`nothing to draw for ${request.kind} ${request.id}`);
    const drawnAt = performance.now();
    const png = svgToPng(drawn.svg);
    const done = performance.now();
    const used = process.cpuUsage(cpu);
    if (run < warmup) continue;
    svgTimes.push(drawnAt - started);
    pngTimes.push(done - drawnAt);
    totals.push(done - started);
    cpuTimes.push((used.user + used.system) / 1000);
    bytes = png.data.length;
    size = `${png.width}×${png.height}`;
  }
  measured.push({
    request,
    totalP50: p50(totals),
    row: `| ${request.kind} (${request.id}) | ${fmt(totals)} | ${fmt(cpuTimes)} | ${fmt(svgTimes)} | ${fmt(pngTimes)} | ${size} | ${(bytes / 1024).toFixed(1)} KiB |`,
  });
}

console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(
  `pictures: ${runs} runs after ${warmup} warm-up, node ${process.version}, times in ms (p50 / p95)`,
);
console.log('| picture | total | CPU | SVG (Plot) | PNG (outlines + resvg) | size | PNG bytes |');
console.log('|---|---|---|---|---|---|---|');
for (const each of measured) console.log(each.row);
for (const kind of ['timeline', 'map', 'figure'] as const) {
  const ofKind = measured.filter((each) => each.request.kind === kind);
  if (ofKind.length === 0) continue;
  const slowest = ofKind.reduce((a, b) => (b.totalP50 > a.totalP50 ? b : a));
  console.log(
    `${kind}: ${ofKind.length} pictures, p50 of their p50s ${p50(ofKind.map((each) => each.totalP50)).toFixed(1)} ms, slowest ${slowest.request.id} ${slowest.totalP50.toFixed(1)} ms`,
  );
}
