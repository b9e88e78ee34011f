import type { Server } from 'node:http';
export function parseHeaders(text: string): { pattern: string; headers: Record<string, string> }[];
export function serveStatic(options?: {
  dir?: string;
  base?: string;
  port?: number;
  host?: string;
}): Promise<Server>;
