/** Write a file so that readers see either the old file or the complete new one, never half. */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** Temp file in the target's directory (same file system), fsync, then rename over the target. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.tmp.${process.pid}.${randomBytes(4).toString('hex')}`);
  let handle: fs.FileHandle | null = null;
  await fs.mkdir(dir, { recursive: true }); // `-o out/x.xlsx` into a folder that does not exist yet
  try {
    handle = await fs.open(tmp, 'wx', 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
