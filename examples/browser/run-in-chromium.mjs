// CI check: bundles the example page twice, with esbuild and with Vite, serves each on 127.0.0.1 (a random
// port), opens it in a real headless Chromium (Debian's `chromium`, driven by playwright-core — nothing is
// downloaded) and asserts that each page computes exactly what Node computes for the same queries.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as core from '@asylum-archive/core';
import * as query from '@asylum-archive/query';
import { chromium } from 'playwright-core';
import { runAll } from '../shared/run-all.mjs';
import { buildPage } from './build.mjs';
import { buildPageWithVite } from './build-vite.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };

function chromiumPath() {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("no `chromium` on PATH: install Debian's chromium package (.ci/run does)");
  }
}

/** Serves one built page's folder on 127.0.0.1, a free port; resolves to the server once it listens. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(root, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Opens the page served at `url` and fails unless it computes what Node computes and shows results. */
async function checkPage(context, url, bundler, inNode) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector('#results[data-state]', { state: 'attached', timeout: 60_000 });
  const state = await page.getAttribute('#results', 'data-state');
  const inBrowser = JSON.parse(await page.textContent('#results'));
  const shown = await page.textContent('#output');
  await page.close();
  if (state !== 'done' || errors.length > 0)
    throw new Error(`the ${bundler} page failed: ${JSON.stringify(inBrowser)} ${errors}`);
  if (!isDeepStrictEqual(inBrowser, inNode)) {
    throw new Error(
      `Chromium (${bundler} bundle) and Node differ:\nchromium: ${JSON.stringify(inBrowser)}\nnode:     ${JSON.stringify(inNode)}`,
    );
  }
  if (!shown.startsWith('Results 1–'))
    throw new Error(`the ${bundler} page shows no results: ${shown.slice(0, 200)}`);
}

const pages = [
  { bundler: 'esbuild', root: await buildPage() },
  { bundler: 'Vite', root: await buildPageWithVite() },
];
const inNode = await runAll(core, query);
const profile = await mkdtemp(join(tmpdir(), 'asylum-chromium-'));
let context;
try {
  // A fresh profile directory per run (playwright's way of passing --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const { bundler, root } of pages) {
    const server = await serve(root);
    try {
      await checkPage(context, `http://127.0.0.1:${server.address().port}/`, bundler, inNode);
    } finally {
      server.close();
    }
    console.log(
      `✔ Chromium (${context.browser()?.version() ?? 'headless'}), ${bundler} bundle, computes what Node computes: ${Object.keys(inNode.shipped).length} queries on the shipped archive, autocomplete, and a custom archive.`,
    );
  }
} finally {
  await context?.close();
  await rm(profile, { recursive: true, force: true });
}
