// Files and folders given on the command line to the list of readable files, with the paths that fail.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats';

export interface InputProblem {
  path: string;
  reason: string;
}

export interface InputFiles {
  files: string[];
  problems: InputProblem[];
}

const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);

/**
 * Expands folders recursively (sorted; supported extensions only; hidden files and folders skipped);
 * files named explicitly are kept in the order given. Missing paths are reported, never thrown.
 * @example await listInputFiles(['seeds', 'extra.pdf']) // { files: ['seeds/000_….txt', …, 'extra.pdf'], problems: [] }
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFiles> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        path,
        reason: code === 'ENOENT' ? 'not found' : `cannot open (${code ?? String(error)})`,
      });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(path, problems);
      if (!found.length)
        problems.push({ path, reason: `no supported files (${SUPPORTED_EXTENSIONS.join(' ')})` });
      found.forEach(add);
    } else if (!SUPPORTED.has(extname(path).toLowerCase())) {
      problems.push({ path, reason: `unsupported file type ${extname(path) || '(none)'}` });
    } else {
      add(path);
    }
  }
  return { files, problems };
}

async function walk(dir: string, problems: InputProblem[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({
      path: dir,
      reason: `cannot list the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    });
    return [];
  }
  const out: string[] = [];
  // Code-point order, not locale order: the same listing on every machine.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) out.push(...(await walk(path, problems)));
    else if (isFile && SUPPORTED.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}
