import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The installed version of a dependency, read from its package.json the way Node resolves the package
 * itself. (A JSON import would be neater, but the build strips import attributes from external imports.)
 */
export function installedVersion(packageName: string): string {
  const manifest: unknown = require(`${packageName}/package.json`);
  return typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
    ? manifest.version
    : 'unknown';
}
