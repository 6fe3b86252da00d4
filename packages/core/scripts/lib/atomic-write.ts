import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/*
 * Whole-or-nothing file writes. The contents go to a hidden temporary file beside the target (same
 * directory, so same file system), are flushed to disk, and only then appear under the real name — by
 * rename (replace) or hard link (create, never replace). A write that fails midway (disk full, file too
 * large) removes its temporary file; one killed outright leaves only a hidden `.name.<pid>.<hex>.tmp`,
 * which data readers skip and removeStaleTemporaries cleans up.
 */

const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

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

/** Flushes a directory entry change (the new name) to disk; best effort where directories cannot be opened. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename or link itself is still atomic.
  } finally {
    await handle.close();
  }
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
  await syncDirectory(dirname(path));
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
  await syncDirectory(dirname(path));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files in `directory` left by writers that were killed mid-write (their process is
 * gone). A temporary file of a live process is left alone. Returns the names removed.
 */
export async function removeStaleTemporaries(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    await unlink(join(directory, name)).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}
