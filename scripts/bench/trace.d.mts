// Types for trace.mjs, for the tests that import it.
export function scriptPerMove(json: string): number[];
export function layoutWork(json: string): {
  layouts: number;
  dirtyObjects: number;
  totalObjects: number;
};
export function mainThreadTasks(json: string): number[];
export function typingTasks(
  json: string,
  pauseMs?: number,
): { keys: number[]; during: number[]; after: number[]; script: number[] };
export const TRACE_CATEGORIES: string[];
