/**
 * Downloads a JSON file while reporting how many bytes arrived, so a multi-megabyte tokenizer
 * shows a real progress bar instead of a spinner.
 */

export interface Progress {
  loaded: number;
  /** Expected size in bytes (uncompressed); loaded may briefly pass it if the file changed. */
  total: number;
}

export async function fetchJsonWithProgress(
  url: string,
  expectedBytes: number,
  onProgress: (progress: Progress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<unknown> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`Could not download ${url}: HTTP ${response.status}`);
  const body = response.body;
  if (body === null) return response.json();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total: Math.max(expectedBytes, loaded) });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}
