/**
 * An API model's name as a picker shows it, with its lifecycle status when that is news:
 * "GPT-5 (legacy)". Many providers already put the status in the name ("Gemini 3.1 Pro
 * (preview)"); the note is then left out rather than said twice.
 */
import type { ApiModelStatus } from './types.ts';

const SHOWN_STATUS: Partial<Record<ApiModelStatus, string>> = {
  preview: 'preview',
  legacy: 'legacy',
  retiring: 'retiring',
  retired: 'retired',
};

export function apiModelLabel(model: { name: string; status: ApiModelStatus }): string {
  const status = SHOWN_STATUS[model.status];
  if (status === undefined) return model.name;
  const alreadySaid = new RegExp(`\\b${status}\\b`, 'i').test(model.name);
  return alreadySaid ? model.name : `${model.name} (${status})`;
}
