import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { PictureRenderer } from './deliver-pictures';

/**
 * The terminal's delivery: each picture of a reply written to `dir` (BOT_PICTURES_DIR, by default the
 * system's temporary folder) and announced on a line of its own, `picture: <absolute path>`, which a
 * terminal or a script can open. A picture left out is announced with the reason instead.
 */
export function createPictureWriter(options: { renderer: PictureRenderer; dir: string }) {
  const dir = resolve(options.dir);
  return async (response: APIInteractionResponse): Promise<string[]> => {
    const lines: string[] = [];
    const delivery = await options.renderer.deliver(response, (dropped) =>
      lines.push(`picture left out: ${dropped.filename} (${dropped.reason})`),
    );
    for (const file of delivery.files) {
      const path = join(dir, file.name);
      try {
        await writeFileAtomically(path, file.data);
        lines.push(`picture: ${path}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        lines.push(
          `picture left out: ${file.name} (could not write it to ${dir}: ${reason}; set BOT_PICTURES_DIR to a writable folder)`,
        );
      }
    }
    return lines;
  };
}

/**
 * Writes next to the target and renames over it, so a reader never sees half a PNG; the same name is
 * the same picture, so replacing an earlier copy is right. A failed write leaves no temporary file behind.
 */
export async function writeFileAtomically(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
