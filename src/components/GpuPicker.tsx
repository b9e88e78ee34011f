import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../catalog/fields.ts';
import { formatUsd } from '../model/format.ts';
import { useStore } from '../state/store.ts';
import { useCatalog } from '../state/use-catalog.ts';
import './pickers.css';

/** The GPU type for dedicated serving (and for self-hosted training). */
export function GpuPicker() {
  const catalog = useCatalog();
  const gpuId = useStore((s) => s.selection.gpuId);
  const select = useStore((s) => s.select);
  return (
    <div className="select-row" data-field="gpuId">
      <label htmlFor="gpu">GPU type</label>
      <select
        id="gpu"
        value={gpuId}
        disabled={!catalog}
        onChange={(e) => select({ gpuId: e.target.value })}
      >
        {!catalog && (
          <option value={gpuId}>
            {gpuId === DEFAULT_SELECTION.gpuId ? DEFAULT_NAMES.gpu : gpuId}
          </option>
        )}
        {catalog?.GPUS.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name} — {formatUsd(g.hourlyPrice.value)}/h
          </option>
        ))}
      </select>
    </div>
  );
}
