import { describe, expect, it } from 'vitest';
import { fetchJsonWithProgress, type Progress } from '../../src/tokens/fetch-progress.ts';

function streamingFetch(text: string, chunkSize: number, status = 200): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return async () => {
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + chunkSize));
        offset += chunkSize;
      },
    });
    return new Response(body, { status });
  };
}

describe('downloading JSON with progress', () => {
  it('reports growing byte counts against the expected size and parses the result', async () => {
    const json = JSON.stringify({ model: { vocab: { a: 1, é: 2 } }, list: [1, 2, 3] });
    const size = new TextEncoder().encode(json).length;
    const seen: Progress[] = [];
    const data = await fetchJsonWithProgress(
      '/t.json',
      size,
      (p) => seen.push(p),
      streamingFetch(json, 7),
    );
    expect(data).toEqual(JSON.parse(json));
    expect(seen.length).toBe(Math.ceil(size / 7));
    expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((x, y) => x - y));
    expect(seen.at(-1)).toEqual({ loaded: size, total: size });
  });

  it('never reports more loaded than total, even when the file is larger than expected', async () => {
    const seen: Progress[] = [];
    await fetchJsonWithProgress(
      '/t.json',
      3,
      (p) => seen.push(p),
      streamingFetch('[1,2,3,4,5]', 4),
    );
    for (const p of seen) expect(p.loaded).toBeLessThanOrEqual(p.total);
  });

  it('fails with the HTTP status when the file is missing', async () => {
    await expect(
      fetchJsonWithProgress('/missing.json', 10, () => {}, streamingFetch('', 1, 404)),
    ).rejects.toThrow('HTTP 404');
  });
});
