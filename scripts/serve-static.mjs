// A tiny static server for the production build, as a plain static host behaves: files only
// (a missing file is a 404, never index.html), under a base path, with the headers listed in
// the build's `_headers` file. Used by the sub-path e2e run; fine for a container too.
// Usage: node scripts/serve-static.mjs [--dir dist] [--base /] [--port 8080] [--host 127.0.0.1]
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { basePath } from './static-hosting.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** `_headers` blocks: a path pattern (a trailing `*` matches the rest), then `  Name: value`. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, path) {
  const headers = {};
  for (const { pattern, headers: h } of rules) {
    const matches = pattern.endsWith('*')
      ? path.startsWith(pattern.slice(0, -1))
      : path === pattern;
    if (matches) Object.assign(headers, h);
  }
  return headers;
}

/** Serves `dir` under `base`; resolves to the listening server. */
export function serveStatic({ dir = 'dist', base = '/', port = 8080, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  let rules = [];
  try {
    rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    // no _headers file: serve without extra headers
  }
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      return res.writeHead(400).end('Bad request');
    }
    if (!path.startsWith(base)) return res.writeHead(404).end('Not found');
    let file = resolve(root, `.${sep}${path.slice(base.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(404).end('Not found');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (body === null || file.endsWith(`${sep}_headers`))
      return res.writeHead(404).end('Not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, path),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const { dir, host } = values;
  const base = basePath(values.base);
  await serveStatic({ dir, base, host, port: Number(values.port) });
  console.log(`Serving ${dir} at http://${host}:${values.port}${base}`);
}
