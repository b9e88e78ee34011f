export const SUBPATH_EXAMPLE: string;
export const SUBPATH_DIST: string;
export function basePath(value?: string): string;
export function contentSecurityPolicy(options?: { styleHashes?: string[] }): string;
export function headersFile(policy: string, base?: string): string;
