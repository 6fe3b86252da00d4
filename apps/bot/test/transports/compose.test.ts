import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * `apps/bot/compose.yaml` cannot be started here (no Docker, no registry), so it is checked statically: it
 * parses, and it describes the deployment the README promises — two HTTP replicas of the bot sharing Redis,
 * behind Caddy, which balances over exactly those replicas on the port the image listens on.
 */
const file = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }> | string[];
  expose?: string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[] };
}

const compose = parse(file('compose.yaml'), { merge: true }) as { services?: Record<string, Service> };
const services = compose.services ?? {};
const replicas = Object.entries(services).filter(([, service]) => service.environment?.BOT_MODE === 'http');
const dependsOn = (service: Service) =>
  Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});

describe('compose.yaml (static: parsed, not started)', () => {
  it('runs two HTTP replicas of the bot image, built from the repository root with its Dockerfile', () => {
    expect(replicas).toHaveLength(2);
    for (const [, service] of replicas) {
      expect(service.build).toEqual({ context: '../..', dockerfile: 'apps/bot/Dockerfile' });
      // Discord's keys come from the environment, and compose refuses to start without them.
      expect(service.environment?.DISCORD_PUBLIC_KEY).toMatch(/^\$\{DISCORD_PUBLIC_KEY:\?/);
      expect(service.environment?.DISCORD_APPLICATION_ID).toMatch(/^\$\{DISCORD_APPLICATION_ID:\?/);
      // Only Caddy reaches them: nothing of theirs is published on the host.
      expect(service.ports).toBeUndefined();
    }
  });

  it('gives both replicas one Redis for their cooldowns, started healthy before them and keeping nothing on disk', () => {
    const redisEntry = Object.entries(services).find(([, service]) => service.image?.startsWith('redis:'));
    expect(redisEntry).toBeDefined();
    const [redisName, redis] = redisEntry as [string, Service];
    expect(redis.healthcheck?.test).toContain('ping');
    expect(redis.command).toEqual(expect.arrayContaining(['redis-server', '--appendonly', 'no']));
    for (const [, service] of replicas) {
      expect(service.environment?.REDIS_URL).toBe(`redis://${redisName}:6379`);
      expect(service.depends_on).toMatchObject({ [redisName]: { condition: 'service_healthy' } });
    }
  });

  it('puts Caddy in front on 80 and 443 with the Caddyfile, balancing over exactly the replicas on the port the image listens on', () => {
    const caddy = Object.values(services).find((service) => service.image?.startsWith('caddy:'));
    expect(caddy).toBeDefined();
    expect(caddy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    expect(caddy?.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(new Set(dependsOn(caddy as Service))).toEqual(new Set(replicas.map(([name]) => name)));

    const port = /^ENV PORT=(\d+)$/m.exec(file('Dockerfile'))?.[1];
    expect(port).toBeDefined();
    for (const [, service] of replicas) expect(service.expose).toEqual([port]);
    const upstreams = /^\s*reverse_proxy\s+([^{\n]+?)\s*\{/m.exec(file('Caddyfile'))?.[1]?.split(/\s+/);
    expect(new Set(upstreams)).toEqual(new Set(replicas.map(([name]) => `${name}:${port}`)));
    // A draining replica answers /health with 503: Caddy must ask it.
    expect(file('Caddyfile')).toMatch(/^\s*health_uri \/health$/m);
  });
});
