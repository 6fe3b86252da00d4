import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeTemporary(path: string, contents: string): Promise<string> {
  const temporary = temporaryPathFor(path);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await handle.close();
  return temporary;
}

/** Writes a file so that readers see the old contents or the new ones, never half of them. */
export async function writeFileAtomic(path: string, contents: string): Promise<void> {
  const temporary = await writeTemporary(path, contents);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/**
 * Like writeFileAtomic, but fails with EEXIST instead of replacing an existing file: the new file appears
 * whole (hard link of a complete temporary file) or not at all.
 */
export async function createFileAtomic(path: string, contents: string): Promise<void> {
  const temporary = await writeTemporary(path, contents);
  try {
    await link(temporary, path);
  } finally {
    await unlink(temporary).catch(() => {});
  }
}
