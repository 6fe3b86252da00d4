/**
 * Render times of each kind of picture over the shipped archive, after warm-up: SVG drawing (Plot) and PNG
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

// The richest record of each kind in the shipped data: the longest timeline, the longest located route,
// the figure with the most related figures.
const longestCase = [...data.cases].sort((a, b) => b.events.length - a.events.length)[0];
const requests: PictureRequest[] = [
  { kind: 'timeline', id: longestCase?.id ?? '', locale: 'en' },
  { kind: 'map', id: longestCase?.id ?? '', locale: 'en' },
  { kind: 'figure', id: data.figures[0]?.id ?? '', locale: 'en' },
];

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const rows: string[] = [];
for (const request of requests) {
  const svgTimes: number[] = [];
  const pngTimes: number[] = [];
  const totals: number[] = [];
  let bytes = 0;
  let size = '';
  for (let run = 0; run < warmup + runs; run++) {
    const started = performance.now();
    const drawn = drawPicture(request, data);
    if (drawn === undefined) throw new Error(`nothing to draw for ${request.kind} ${request.id}`);
    const drawnAt = performance.now();
    const png = svgToPng(drawn.svg);
    const done = performance.now();
    if (run < warmup) continue;
    svgTimes.push(drawnAt - started);
    pngTimes.push(done - drawnAt);
    totals.push(done - started);
    bytes = png.data.length;
    size = `${png.width}×${png.height}`;
  }
  const fmt = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${percentile(sorted, 0.5).toFixed(1)} / ${percentile(sorted, 0.95).toFixed(1)}`;
  };
  rows.push(
    `| ${request.kind} (${request.id}) | ${fmt(totals)} | ${fmt(svgTimes)} | ${fmt(pngTimes)} | ${size} | ${(bytes / 1024).toFixed(1)} KiB |`,
  );
}
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(
  `pictures: ${runs} runs after ${warmup} warm-up, node ${process.version}, times in ms (p50 / p95)`,
);
console.log('| picture | total | SVG (Plot) | PNG (outlines + resvg) | size | PNG bytes |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
