// End-to-end release test, as a maintainer and then a user would go through it:
//   1. a local registry (verdaccio on 127.0.0.1, a random port, storage in a temporary folder, no uplinks),
//      holding the runtime dependencies' tarballs at the exact versions the lockfile pins;
//   2. in a temporary clone of this repository: add a changeset, `pnpm version-packages` (no GitHub token),
//      `pnpm release` (the project's own release command) against the local registry;
//   3. in an empty folder outside the workspace: install @asylum-archive/core and @asylum-archive/query
//      from it and run an ESM script, a CommonJS script and the `asylum-query` command.
// It checks that the bot is not published and that `workspace:` ranges were rewritten. Clones HEAD, so
// commit first. Set KEEP_RELEASE_TEST=1 to keep the temporary folder. Run: `pnpm release-test`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runServer } from 'verdaccio';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PUBLISHED = ['@asylum-archive/core', '@asylum-archive/query'];
const CHANGESET_SUMMARY = 'Release test: a change that users of both packages would notice.';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(
    `${ok ? '✔' : '✖'} ${name}${!ok && detail ? `\n    ${detail.split('\n').join('\n    ')}` : ''}`,
  );
  return ok;
}

class StepError extends Error {}

/** Child process groups still running, so that a timeout or a signal can stop each with all it started. */
const running = new Set();

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a command to completion with its output collected; a non-zero exit is a failed step. The command
 * runs in its own process group, so a timeout stops what it started too (turbo, tsup, npm…).
 */
function run(command, args, { cwd, env = process.env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new StepError(`${command} could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolvePromise(output);
      else
        reject(
          new StepError(
            `\`${command} ${args.join(' ')}\` ${timedOut ? `was stopped after ${timeoutMs / 1000} s` : `exited with ${code}`} in ${cwd}:\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}

async function step(name, action) {
  const since = Date.now();
  const result = await action();
  console.log(`  ${name} (${seconds(since)})`);
  return result;
}

/** The environment of every command: no GitHub token (changelogs must work without one), no colours. */
function baseEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.GITHUB_TOKEN;
  // npm_config_* set by whatever started this script (pnpm run sets several) must not leak into the steps.
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_config_')) delete env[key];
  return { ...env, ...extra };
}

async function startRegistry(work) {
  const server = await runServer({
    self_path: work,
    storage: join(work, 'storage'),
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    auth: { htpasswd: { file: join(work, 'htpasswd'), max_users: 10 } },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  return server;
}

async function registryJson(registry, path, init) {
  const response = await fetch(new URL(path, registry), init);
  return { status: response.status, body: response.status === 404 ? null : await response.json() };
}

/**
 * The runtime dependencies of the published packages, transitively, at the versions installed from the
 * lockfile: read from each installed package.json, following node's resolution from where it is installed.
 */
async function runtimeDependencies() {
  const found = new Map();
  const visit = async (packageDir) => {
    const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
    const resolveFrom = createRequire(join(await realpath(packageDir), 'package.json'));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (name.startsWith('@asylum-archive/')) continue;
      // Not require.resolve(`${name}/package.json`): a package's exports may not list its package.json.
      const dir = (resolveFrom.resolve.paths(name) ?? [])
        .map((nodeModules) => join(nodeModules, name))
        .find((candidate) => existsSync(join(candidate, 'package.json')));
      if (!dir)
        throw new StepError(`${name}, a dependency of ${manifest.name}, is not installed: run pnpm install`);
      const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
      if (found.has(`${name}@${version}`)) continue;
      found.set(`${name}@${version}`, { name, version });
      await visit(dir);
    }
  };
  for (const dir of ['packages/core', 'packages/query']) await visit(join(repoRoot, dir));
  return [...found.values()];
}

/**
 * Copies one package version from the upstream registry into the local one, as `npm publish` would send it
 * (a PUT of the manifest with the tarball attached), so that the package's own publishConfig (flexsearch
 * names registry.npmjs.org) cannot send it elsewhere.
 */
async function mirrorPackage({ name, version }, registry, token) {
  const upstream = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(/\/?$/, '/');
  const metadata = await (await fetch(new URL(name.replace('/', '%2f'), upstream))).json();
  const manifest = metadata.versions?.[version];
  if (!manifest) throw new StepError(`${name}@${version} not found on ${upstream}`);
  const tarball = Buffer.from(await (await fetch(manifest.dist.tarball)).arrayBuffer());
  const filename = `${name.split('/').at(-1)}-${version}.tgz`;
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (manifest.dist.integrity && manifest.dist.integrity !== integrity)
    throw new StepError(`${name}@${version}: the downloaded tarball does not match its integrity`);
  const { publishConfig: _ignored, ...clean } = manifest;
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...clean,
        dist: {
          integrity,
          shasum: createHash('sha1').update(tarball).digest('hex'),
          tarball: new URL(`${name}/-/${filename}`, registry).href,
        },
      },
    },
    _attachments: {
      [filename]: {
        content_type: 'application/octet-stream',
        data: tarball.toString('base64'),
        length: tarball.length,
      },
    },
  };
  const response = await fetch(new URL(name.replace('/', '%2f'), registry), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new StepError(
      `publishing ${name}@${version} locally: HTTP ${response.status} ${await response.text()}`,
    );
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'asylum-release-test-'));
  let server;
  const cleanup = async () => {
    await new Promise((done) => (server ? server.close(() => done()) : done()));
    server = undefined;
    if (!process.env.KEEP_RELEASE_TEST) await rm(work, { recursive: true, force: true });
  };
  // Stopped from outside (`timeout` in .ci/run, Ctrl-C): stop every command started, then the registry.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.log(`release test stopped by ${signal}`);
      for (const child of running) stopGroup(child);
      cleanup().finally(() => process.exit(130));
    });
  }
  try {
    console.log(`release test in ${work}`);
    server = await step('local registry started', () => startRegistry(work));
    const registry = `http://127.0.0.1:${server.address().port}/`;
    const user = await registryJson(registry, '-/user/org.couchdb.user:release-test', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'release-test', password: 'release-test-password' }),
    });
    if (!user.body?.token) throw new StepError(`could not create a registry user: HTTP ${user.status}`);
    const npmrc = join(work, 'npmrc');
    const host = registry.replace(/^http:/, '');
    await writeFile(npmrc, `registry=${registry}\n${host}:_authToken=${user.body.token}\n`);
    // Every command that talks to the local registry does so through this user config, and only it.
    const localEnv = baseEnv({ npm_config_userconfig: npmrc, npm_config_registry: registry });

    const dependencies = await step('runtime dependencies published to the local registry', async () => {
      const list = await runtimeDependencies();
      for (const dependency of list) await mirrorPackage(dependency, registry, user.body.token);
      return list;
    });
    check(
      `runtime dependencies at their locked versions: ${dependencies.map((d) => `${d.name}@${d.version}`).join(', ')}`,
      dependencies.length > 0,
    );

    const clone = join(work, 'clone');
    await step('repository cloned and installed', async () => {
      await run('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], { env: baseEnv() });
      await run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: clone, env: baseEnv() });
    });
    const versionOf = async (dir) =>
      JSON.parse(await readFile(join(clone, dir, 'package.json'), 'utf8')).version;
    const before = { core: await versionOf('packages/core'), query: await versionOf('packages/query') };
    const botBefore = await versionOf('apps/bot');

    await step('changeset added, pnpm version-packages run without a GitHub token', async () => {
      const changeset = `---\n${PUBLISHED.map((name) => `'${name}': minor`).join('\n')}\n---\n\n${CHANGESET_SUMMARY}\n`;
      await writeFile(join(clone, '.changeset', 'release-test.md'), changeset);
      await run('pnpm', ['version-packages'], { cwd: clone, env: baseEnv() });
    });
    const after = { core: await versionOf('packages/core'), query: await versionOf('packages/query') };
    const newer = (a, b) => a.localeCompare(b, 'en', { numeric: true }) > 0;
    check(`core versioned ${before.core} → ${after.core}`, newer(after.core, before.core));
    check(`query versioned ${before.query} → ${after.query}`, newer(after.query, before.query));
    check('the bot is not versioned', (await versionOf('apps/bot')) === botBefore);
    const changelog = await readFile(join(clone, 'packages/core/CHANGELOG.md'), 'utf8').catch(() => '');
    check('the changelog has the changeset', changelog.includes(CHANGESET_SUMMARY), changelog.slice(0, 500));

    await step('pnpm release published to the local registry', () =>
      run('pnpm', ['release'], { cwd: clone, env: localEnv, timeoutMs: 1_800_000 }),
    );
    const core = await registryJson(registry, '@asylum-archive%2fcore');
    const query = await registryJson(registry, '@asylum-archive%2fquery');
    const bot = await registryJson(registry, '@asylum-archive%2fbot');
    check(`core ${after.core} is published`, Boolean(core.body?.versions?.[after.core]));
    check(`query ${after.query} is published`, Boolean(query.body?.versions?.[after.query]));
    check('the bot is not published', bot.status === 404, `HTTP ${bot.status}`);
    const range = query.body?.versions?.[after.query]?.dependencies?.['@asylum-archive/core'];
    check(`query's workspace range was rewritten to a version range (${range})`, range === `^${after.core}`);

    const consumer = join(work, 'consumer');
    await step('both packages installed in an empty folder outside the workspace', async () => {
      await mkdir(consumer);
      await writeFile(
        join(consumer, 'package.json'),
        `${JSON.stringify({ name: 'release-test-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
      );
      await run(
        'npm',
        [
          'install',
          '--no-audit',
          '--no-fund',
          `@asylum-archive/core@${after.core}`,
          `@asylum-archive/query@${after.query}`,
        ],
        { cwd: consumer, env: localEnv },
      );
    });

    const installed = JSON.parse(
      await readFile(join(consumer, 'node_modules', '@asylum-archive', 'query', 'package.json'), 'utf8'),
    );
    check(
      'the installed query depends on core by version, not by workspace: range',
      Object.values(installed.dependencies ?? {}).every((range) => !String(range).startsWith('workspace:')),
      JSON.stringify(installed.dependencies),
    );

    // Each script searches for a word of the archive's first article and expects to find that article, so
    // the checks hold for whatever articles the archive holds.
    const body = (load) => `${load}
const [first] = articles;
const word = first.paragraphs.join(' ').match(/\\p{L}{7,}/u)?.[0];
const result = search(word, { limit: 100 });
const parsed = parseQuery(\`\${word} outcome:denied -canada\`);
console.log(JSON.stringify({
  articles: articles.length,
  word,
  found: result.hits.some((hit) => hit.articleId === first.id),
  title: first.title,
  parsed: parsed.nodes.length,
}));
`;
    const scripts = {
      'esm.mjs': body(`import { articles, search } from '@asylum-archive/core';
import { parseQuery } from '@asylum-archive/query';`),
      'cjs.cjs': body(`const { articles, search } = require('@asylum-archive/core');
const { parseQuery } = require('@asylum-archive/query');`),
    };
    let searched = null;
    for (const [file, source] of Object.entries(scripts)) {
      await writeFile(join(consumer, file), source);
      const output = await run(process.execPath, [file], { cwd: consumer, env: baseEnv() }).catch(
        (e) => e.message,
      );
      let summary = null;
      try {
        summary = JSON.parse(output.trim().split('\n').at(-1));
      } catch {}
      const ok = check(
        `${file.endsWith('.mjs') ? 'an ESM' : 'a CommonJS'} script imports both packages, parses a query and finds an article by a word of it`,
        summary !== null && summary.articles > 0 && summary.found === true && summary.parsed === 3,
        output,
      );
      if (ok) searched = summary;
    }
    const bin = join(consumer, 'node_modules', '.bin', 'asylum-query');
    const version = await run(bin, ['--version'], { cwd: consumer, env: baseEnv() }).catch((e) => e.message);
    check(
      `asylum-query --version prints the released version (${after.query})`,
      version.includes(after.query),
      version,
    );
    if (searched) {
      const answer = await run(bin, [searched.word], { cwd: consumer, env: baseEnv() }).catch(
        (e) => e.message,
      );
      check(
        `asylum-query ${searched.word} answers with the article it is from`,
        answer.includes(searched.title),
        answer.slice(0, 2000),
      );
    }
  } catch (error) {
    check(
      'the release went through',
      false,
      error instanceof StepError ? error.message : String(error?.stack),
    );
  } finally {
    await cleanup();
  }
  console.log(`release test took ${seconds(started)}`);
  console.log(`release-test: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
