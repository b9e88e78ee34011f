import { useCallback, useEffect, useRef, useState } from 'react';
import { familyAssets } from '../../tokens/assets.ts';
import {
  createTokenizerClient,
  type CountProgress,
  type Counts,
  type TokenizerClient,
  type WorkerStatus,
} from '../../tokens/client.ts';
import type { PastedPrompt } from '../../tokens/count.ts';
import type { BTokenizer, TokenizerFamily } from '../../tokens/families.ts';
import type { Progress } from '../../tokens/fetch-progress.ts';

/** Where a tokenizer is: downloading (with bytes), being built, ready, or failed. */
export type LoadState =
  | { state: 'waiting' }
  | { state: 'downloading'; progress: Progress }
  | { state: 'building' }
  | { state: 'ready' }
  | { state: 'error'; message: string };

type Loads = Partial<Record<TokenizerFamily | 'o200k', LoadState>>;

const WAITING: LoadState = { state: 'waiting' };

/** Counting waits this long after the last keystroke: long prompts take a moment to encode. */
const DEBOUNCE_MS = 250;

function nextLoad(status: WorkerStatus): LoadState {
  switch (status.type) {
    case 'progress':
      return { state: 'downloading', progress: status.progress };
    case 'building':
      return { state: 'building' };
    case 'ready':
      return { state: 'ready' };
    case 'error':
      return { state: 'error', message: status.message };
  }
}

/**
 * Runs the tokenizer worker for the open panel: loads o200k and B's tokenizer (again when the
 * base model changes) and recounts the pasted texts whenever they or the tokenizers change.
 * A count in progress reports how far it is; a newer text replaces it at once; `stop` ends it.
 */
export function useTokenCounter(texts: PastedPrompt, b: BTokenizer) {
  const family = b.kind === 'tokenizer' ? b.family : null;
  const clientRef = useRef<TokenizerClient | null>(null);
  const [loads, setLoads] = useState<Loads>({});
  const [countError, setCountError] = useState<string | null>(null);
  const [counts, setCounts] = useState<
    (Counts & { family: TokenizerFamily | null; texts: PastedPrompt }) | null
  >(null);
  const [progress, setProgress] = useState<CountProgress | null>(null);
  /** The texts whose count the user stopped: not counted again until they change. */
  const [stopped, setStopped] = useState<PastedPrompt | null>(null);

  useEffect(() => {
    const client = createTokenizerClient((status) => {
      if (status.type === 'error' && status.family === null) setCountError(status.message);
      else if (status.family !== null) {
        const key = status.family;
        setLoads((current) => ({ ...current, [key]: nextLoad(status) }));
      }
    });
    clientRef.current = client;
    return () => {
      clientRef.current = null;
      client.dispose();
    };
  }, []);

  useEffect(() => {
    clientRef.current?.load(family === null ? null : familyAssets(family, window.location.href));
  }, [family]);

  const a = loads.o200k ?? WAITING;
  const bLoad = family === null ? null : (loads[family] ?? WAITING);
  const aReady = a.state === 'ready';
  const bReady = bLoad?.state === 'ready';
  useEffect(() => {
    const client = clientRef.current;
    if (!aReady || client === null || stopped === texts) return;
    let current = true;
    const counted = bReady ? family : null;
    const timer = window.setTimeout(() => {
      setCountError(null);
      void client
        .count(texts, counted, (p) => {
          if (current) setProgress(p);
        })
        .then((next) => {
          if (!current) return;
          setProgress(null);
          if (next !== null) setCounts({ ...next, family: counted, texts });
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [texts, aReady, bReady, family, stopped]);

  /** Stops the running count; the text stays, uncounted, until it changes. */
  const stop = useCallback(() => {
    clientRef.current?.cancel();
    setStopped(texts);
    setProgress(null);
  }, [texts]);

  /** After a failed download or start: a fresh worker loads everything again. */
  const failed = a.state === 'error' || bLoad?.state === 'error';
  const retry = useCallback(() => {
    if (!failed) return;
    setLoads({});
    setCountError(null);
    clientRef.current?.restart();
  }, [failed]);

  // B's count belongs to the tokenizer that made it: after a model change it waits for the next.
  const shown = counts && (counts.family === family ? counts : { ...counts, b: null });
  return {
    a,
    b: bLoad,
    counts: shown,
    countError,
    progress,
    stopped: stopped === texts,
    stop,
    retry,
  };
}
