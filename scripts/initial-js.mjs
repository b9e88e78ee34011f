// Measures the JavaScript that dist/index.html loads before any lazy chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @returns {{ files: { file: string; bytes: number; gzipBytes: number }[]; gzipBytes: number }} */
export function measureInitialJs(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    srcs.add(m[1]);
  const files = [...srcs].map((src) => {
    const content = readFileSync(join(distDir, src.replace(/^\//, '')));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, gzipBytes } = measureInitialJs();
  for (const f of files) console.log(`${f.file}: ${f.bytes} B, ${f.gzipBytes} B gzip`);
  console.log(`initial JS: ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
}
