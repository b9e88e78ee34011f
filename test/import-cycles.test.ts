/**
 * No import cycle in src/, type-only imports included. The lint's import-x/no-cycle skips
 * `import type` (hard-coded in eslint-plugin-import-x 4.18, lib/rules/no-cycle.js: no option turns
 * it on), yet a type-only cycle still ties two modules together: neither can be read, moved or
 * split without the other. This walks every static, type-only, re-export and dynamic import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, comments removed. */
const IMPORT =
  /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** The files under src/ that `source` imports (relative imports only; queries like ?worker dropped). */
function importsOf(file: string, source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const targets: string[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    if (!specifier.startsWith('.')) continue;
    targets.push(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
  }
  return targets;
}

/** The first cycle found, as a list of files ending where it starts, or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | null => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return null;
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle !== null) return cycle;
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle !== null) return cycle;
  }
  return null;
}

describe('imports in src/', () => {
  it('form no cycle, counting type-only imports', () => {
    const graph = new Map(
      sourceFiles(SRC).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]),
    );
    // The walk must see the app: a broken pattern that found nothing would pass vacuously.
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(graph.size);
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => relative(SRC, file)).join(' → ') ?? 'none').toBe('none');
  });

  it('sees every kind of import, type-only ones included', () => {
    const file = join(SRC, 'model/a.ts');
    const source = [
      "import type { B } from './b.ts';",
      "import { type C, d } from './c.ts';",
      "export type { E } from '../e.ts';",
      "export * from './f.ts';",
      "const g = import('./g.ts');",
      "import './h.css';",
      "import Worker from './i.worker.ts?worker';",
      "import { useState } from 'react';",
      "// import { x } from './commented.ts';",
      "/* import { y } from './blocked.ts'; */",
    ].join('\n');
    expect(importsOf(file, source).map((target) => relative(SRC, target))).toEqual([
      'model/b.ts',
      'model/c.ts',
      'e.ts',
      'model/f.ts',
      'model/g.ts',
      'model/h.css',
      'model/i.worker.ts',
    ]);
  });

  it('names a cycle, type-only or not, from where it starts', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['b']],
    ]);
    expect(findCycle(graph)).toEqual(['b', 'c', 'b']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
  });
});
