/**
 * The catalog's pickers, in the lazily loaded part of the page: they list models from the catalog
 * chunk anyway, so they load with it (pickers-runtime.ts) and the first load stays small.
 */
import { GpuPicker } from './GpuPicker.tsx';
import { ModelPickers } from './ModelPickers.tsx';

export const pickers = { ModelPickers, GpuPicker };

export type Pickers = typeof pickers;
