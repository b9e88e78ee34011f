export function measure(): Promise<unknown>;
export function render(result: unknown): string;
