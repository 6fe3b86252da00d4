/**
 * Every environment variable the bot reads, with what it is for and where a person finds its value.
 * Error messages and the README are written from this one list, and a test checks that
 * `.env.example` documents each entry, so the three never drift apart.
 */

const PORTAL = 'Discord Developer Portal (https://discord.com/developers/applications) → your application';

export const BOT_VARIABLES = {
  BOT_MODE: {
    what: 'the transport to run',
    purpose: 'which transport runs: gateway, http or console',
    howToGet: 'Leave it unset to get gateway when DISCORD_TOKEN is set and console otherwise.',
    secret: false,
  },
  DISCORD_TOKEN: {
    what: 'the bot token',
    purpose: 'the bot token; gateway mode logs in with it and deploy-commands registers commands with it',
    howToGet: `Copy it from ${PORTAL} → Bot → Reset Token.`,
    secret: true,
  },
  DISCORD_APPLICATION_ID: {
    what: 'the application id',
    purpose: 'the application id; HTTP mode sends follow-up messages with it and deploy-commands needs it',
    howToGet: `Copy it from ${PORTAL} → General Information → Application ID.`,
    secret: false,
  },
  DISCORD_PUBLIC_KEY: {
    what: "the application's public key",
    purpose: "the application's public key; HTTP mode checks every request's Ed25519 signature with it",
    howToGet: `Copy it from ${PORTAL} → General Information → Public Key.`,
    secret: false,
  },
  PORT: {
    what: 'a port to listen on',
    purpose: 'the TCP port of the HTTP interactions endpoint (HTTP mode)',
    howToGet: 'Pick a free port, for example 8787 (the default).',
    secret: false,
  },
  HOST: {
    what: 'an address to listen on',
    purpose: 'the address the HTTP interactions endpoint listens on (HTTP mode)',
    howToGet:
      'Use 127.0.0.1 (the default) behind a reverse proxy on the same host, or 0.0.0.0 in a container.',
    secret: false,
  },
  BOT_SHARDS: {
    what: 'a shard count',
    purpose: "how many gateway shards discord.js's ShardingManager spawns (gateway mode)",
    howToGet:
      'Use auto to ask Discord for its recommendation, or a whole number; leave unset for one process.',
    secret: false,
  },
  BOT_COOLDOWN_MS: {
    what: 'a cooldown in milliseconds',
    purpose: 'the per-user pause between two commands, in milliseconds (0 turns it off)',
    howToGet: 'Use a whole number of milliseconds, for example 3000 (the default).',
    secret: false,
  },
  REDIS_URL: {
    what: 'a Redis URL',
    purpose:
      'where replicas and shards share per-user cooldowns (gateway and HTTP mode); unset keeps them in memory',
    howToGet:
      'Use redis://host:6379 (redis://user:password@host:6379/0 with a password); leave unset for one process.',
    secret: true,
  },
  SIGNATURE_TOLERANCE_SECONDS: {
    what: 'a number of seconds',
    purpose: "how far a request signature's timestamp may be from this server's clock (HTTP mode)",
    howToGet:
      'Use a whole number of seconds, for example 300 (the default); keep the clock in sync with NTP.',
    secret: false,
  },
  WARM_UP_REQUESTS: {
    what: 'a number of interactions',
    purpose:
      'how many synthetic interactions the HTTP server answers in-process before /health says ok (0 turns it off)',
    howToGet: 'Use a whole number, for example 6000 (the default); the warm-up stops after 15 s in any case.',
    secret: false,
  },
  HEALTH_DETAILS: {
    what: 'true or false',
    purpose:
      'whether GET /health adds uptime, requests in flight, event-loop lag and the 503s of load shedding by rule (HTTP mode)',
    howToGet: 'Use true only where /health is not reachable from the internet; false is the default.',
    secret: false,
  },
  BOT_PICTURES_DIR: {
    what: 'a folder for pictures',
    purpose: "where console mode writes the pictures it draws (announced as 'picture: <path>')",
    howToGet: "Any writable folder; leave it unset to use the system's temporary folder.",
    secret: false,
  },
  LOG_LEVEL: {
    what: 'a log level',
    purpose: 'the least severe log level written to stdout',
    howToGet: 'Use one of fatal, error, warn, info (the default), debug, trace or silent.',
    secret: false,
  },
} as const satisfies Record<string, { what: string; purpose: string; howToGet: string; secret: boolean }>;

export type BotVariableName = keyof typeof BOT_VARIABLES;

/** The environment as the bot sees it: `process.env` or a test's plain object. */
export type Env = Readonly<Record<string, string | undefined>>;
