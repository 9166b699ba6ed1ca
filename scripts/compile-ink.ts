import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

/** The outcome of compiling an ink root file with all its INCLUDEs. */
export interface InkBuild {
  /** ink's runtime JSON. */
  json: string;
  /** The first 12 hex digits of the JSON's SHA-256: which story a save or run code belongs to. */
  id: string;
  /** Every file read, root first, as absolute paths (for the dev server to watch). */
  files: string[];
  /** The text of each of those files as the compiler read it. */
  sources: string[];
}

/** Thrown when ink reports errors or warnings; the message names each file and line. */
export class InkCompileError extends Error {
  constructor(readonly issues: string[]) {
    super(`ink compilation failed:\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
    this.name = 'InkCompileError';
  }
}

/**
 * Compiles an ink file with inkjs's own compiler. Errors and warnings both fail, so a writer's slip
 * never reaches a classroom; each message names the file (relative to the root's folder) and line.
 */
export function compileInk(rootPath: string): InkBuild {
  const root = resolve(rootPath);
  const folder = dirname(root);
  const files = [root];
  const sources = [readFileSync(root, 'utf8')];
  const fileHandler = {
    ResolveInkFilename: (filename: string) => resolve(folder, filename),
    LoadInkFileContents: (filename: string) => {
      const source = readFileSync(filename, 'utf8');
      files.push(filename);
      sources.push(source);
      return source;
    },
  };
  const issues: string[] = [];
  const options = new CompilerOptions(relative(folder, root), [], false, (message) => issues.push(message), fileHandler);
  const compiler = new Compiler(sources[0] ?? '', options);
  let json = '';
  try {
    json = compiler.Compile().ToJson() ?? '';
  } catch (error) {
    if (issues.length === 0) issues.push(error instanceof Error ? error.message : String(error));
  }
  issues.push(...compiler.warnings.filter((warning) => !issues.includes(warning)));
  if (issues.length > 0 || !json) throw new InkCompileError(issues.length > 0 ? issues : ['ink produced no story']);
  return { json, id: createHash('sha256').update(json).digest('hex').slice(0, 12), files, sources };
}
