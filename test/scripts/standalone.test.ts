import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outsideReferences } from '../../scripts/standalone.mjs';

const sibling = ['sha', 'red'].join('');
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'standalone-'));
  temporary.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the repository stands alone', () => {
  it('no file under src/, test/ or scripts/ reads the workspace folder beside the clone', () => {
    expect(outsideReferences('.')).toEqual([]);
  });

  it('the check finds relative and absolute references, in any checked folder', () => {
    const root = repoWith({
      'src/a.ts': `import x from '../../${sibling}/x.json';`,
      'test/deep/b.test.ts': `const p = path.resolve(here, '..\\\\${sibling}\\\\cases.json');`,
      'scripts/c.mjs': `read('/work/${sibling}/spec.md')`,
      'docs/d.md': `../${sibling} is allowed in prose outside the checked folders`,
      'src/ok.ts': `const sharedState = '../sharedish'; // another name`,
    });
    expect(outsideReferences(root).map((line) => line.split(':')[0])).toEqual([
      'src/a.ts',
      'test/deep/b.test.ts',
      'scripts/c.mjs',
    ]);
  });
});
