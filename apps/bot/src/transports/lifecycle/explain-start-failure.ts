import type { GatewayConfig, HttpConfig } from '../../config/bot-config';

/** Connection failures a person fixes on their side (network, DNS, proxy), not bugs. */
const NETWORK_ERRORS = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const RESET_TOKEN =
  'Reset it in Discord Developer Portal (https://discord.com/developers/applications) → your application → Bot → Reset Token.';

/**
 * A failure at start that a person can fix, as one line saying what to do; undefined for anything
 * else, which is a bug and is logged with its stack instead.
 */
export function explainStartFailure(error: unknown, config: GatewayConfig | HttpConfig): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const details = error as { code?: unknown; status?: unknown; cause?: { code?: unknown } };
  // discord.js reports a refused login as TokenInvalid; a REST call (the shard count) as status 401.
  if (details.code === 'TokenInvalid' || details.status === 401)
    return `Discord rejected DISCORD_TOKEN. ${RESET_TOKEN}`;
  // undici wraps the socket error: "fetch failed" with the code in `cause`.
  const code = typeof details.code === 'string' ? details.code : details.cause?.code;
  if (config.mode === 'gateway' && typeof code === 'string' && NETWORK_ERRORS.has(code)) {
    return `Could not reach Discord (${code}). Check this machine's network connection and DNS, then start again.`;
  }
  if (config.mode === 'http' && code === 'EADDRINUSE') {
    return `PORT ${config.port} is already in use on ${config.host}. Stop the other process or set PORT to a free port.`;
  }
  if (config.mode === 'http' && (code === 'EACCES' || code === 'EADDRNOTAVAIL')) {
    return `Cannot listen on ${config.host}:${config.port} (${code}). Choose a PORT above 1023 and a HOST this machine owns.`;
  }
  return undefined;
}
