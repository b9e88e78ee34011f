export function eagerCommonJs(code: string): { code: string; count: number };
