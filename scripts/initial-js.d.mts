export function measureInitialJs(distDir?: string): {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
};
