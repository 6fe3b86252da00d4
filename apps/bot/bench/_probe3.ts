import { Resvg } from '@resvg/resvg-js';
import { shippedBotArchive } from '../src/archive/shipped-archive';
import { drawPicture } from '../src/pictures/render-picture';
import { rasterInput } from '../src/pictures/png';
const data = shippedBotArchive().data;
const d = drawPicture({ kind: 'map', id: process.argv[2] ?? 'alarcon-us-asylum', locale: 'en' } as any, data)!;
const input = rasterInput(d.svg);
const variants: [string, string][] = [
  ['full', input.svg],
  ['no states', input.svg.replace(/<g [^>]*stroke="#c4c4c4"[^>]*aria-label="geo"[^>]*>.*?<\/g>/, '')],
  ['no geo', input.svg.replace(/<g [^>]*aria-label="geo"[^>]*>.*?<\/g>/g, '')],
  ['empty', '<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="683"></svg>'],
];
const cpu: Record<string, number[]> = {};
for (let round = 0; round < 30; round++) for (const [label, svg] of variants) {
  const r = new Resvg(svg, input.options); const u = process.cpuUsage(); const img = r.render(); img.asPng(); const x = process.cpuUsage(u);
  if (round >= 5) (cpu[label] ??= []).push((x.user + x.system) / 1000);
}
for (const [label, v] of Object.entries(cpu)) { v.sort((a, b) => a - b); console.log(label, 'render+png CPU p50', v[Math.floor(v.length / 2)]!.toFixed(1)); }
