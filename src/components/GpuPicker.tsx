import { GPUS } from '../catalog/gpus.ts';
import { useStore } from '../state/store.ts';
import { formatUsd } from '../model/format.ts';

/** The GPU type for dedicated serving (and for self-hosted training). */
export function GpuPicker() {
  const gpuId = useStore((s) => s.selection.gpuId);
  const select = useStore((s) => s.select);
  return (
    <div className="select-row">
      <label htmlFor="gpu">GPU type</label>
      <select id="gpu" value={gpuId} onChange={(e) => select({ gpuId: e.target.value })}>
        {GPUS.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name} — {formatUsd(g.hourlyPrice.value)}/h
          </option>
        ))}
      </select>
    </div>
  );
}
