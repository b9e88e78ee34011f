export const CHECKED_FOLDERS: string[];
export function outsideReferences(root?: string): string[];
