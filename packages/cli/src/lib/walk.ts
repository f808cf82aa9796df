import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOfPath } from '@kpi/extract/files';

export interface Found {
  path: string;
  /** Set when the path is not a document we read, or cannot be reached. */
  problem: string | null;
  /** Size in bytes when walked (0 when it could not be reached), for scheduling the largest first. */
  bytes: number;
}

/**
 * Files under the given paths, directories walked recursively in name order; hidden entries are
 * skipped, symlink loops are detected by real path, unknown kinds are returned with a reason.
 */
export async function walk(inputs: string[]): Promise<Found[]> {
  const out: Found[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const visit = async (path: string, explicit: boolean) => {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ path, bytes: 0, problem: code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code})` });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (seenDirs.has(real)) return; // a symlink back into a folder already walked
      seenDirs.add(real);
      const entries = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      for (const name of entries) await visit(join(path, name), false);
      return;
    }
    if (!info.isFile()) {
      if (explicit) out.push({ path, bytes: 0, problem: 'not a regular file' });
      return;
    }
    const real = await realpath(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.push({ path, bytes: info.size, problem: formatOfPath(path) ? null : 'unsupported file type (expected .pdf, .docx, .md, .markdown or .txt)' });
  };
  for (const input of inputs) await visit(input, true);
  return out;
}
