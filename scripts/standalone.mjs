// The repository must work when cloned alone: nothing under src/, test/ or scripts/ (nor the
// root config files) may read the workspace folder that sits beside it during development.
// `npm test` runs this through test/scripts/standalone.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The sibling folder's name, assembled so this file does not match itself. */
const SIBLING = ['sha', 'red'].join('');
/** The sibling folder reached relatively (any depth, either slash) or by its absolute path. */
const OUTSIDE = new RegExp(`\\.\\.[\\\\/]+${SIBLING}\\b|/work/${SIBLING}\\b`);

export const CHECKED_FOLDERS = ['src', 'test', 'scripts'];
const ROOT_FILES = ['index.html', 'package.json', 'vite.config.ts', 'eslint.config.js'];
const SKIPPED = new Set(['node_modules', 'dist', '.git']);

function* files(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) {
    if (!SKIPPED.has(entry)) yield* files(join(path, entry));
  }
}

/** Every `file:line: text` under `root` that refers outside the repository. */
export function outsideReferences(root = '.') {
  const found = [];
  for (const top of [...CHECKED_FOLDERS, ...ROOT_FILES]) {
    for (const file of files(join(root, top))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (OUTSIDE.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = outsideReferences();
  for (const line of found) console.log(line);
  console.log(found.length === 0 ? 'Stands alone.' : `${found.length} references outside.`);
  process.exit(found.length === 0 ? 0 : 1);
}
