import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../catalog/fields.ts';
import { useStore } from '../state/store.ts';
import { PartFailed } from './LazyPart.tsx';
import { loadPickers, usePickers } from './pickers-runtime.ts';
import './pickers.css';

/** Retry from a failed picker; a second failure is said by the same notice again. */
const retry = () => void loadPickers().catch(() => undefined);

/** A labelled, disabled select showing the current choice while the pickers load. */
function Waiting({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="select-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled>
        <option value={value}>{value}</option>
      </select>
    </div>
  );
}

const named = (id: string, defaultId: string, name: string) => (id === defaultId ? name : id);

/** A's and B's models, the starting month and the training option. */
export function ModelPickersSlot() {
  const pickers = usePickers();
  const selection = useStore((s) => s.selection);
  if (pickers) return <pickers.ModelPickers />;
  const d = DEFAULT_SELECTION;
  return (
    // Holds the place of the four rows to come (pickers.css), so nothing below moves when they do.
    <div className="pickers-waiting">
      {pickers === false && <PartFailed what="The model pickers" retry={retry} />}
      <Waiting
        id="api-model"
        label="Prompting: API model (A)"
        value={named(selection.apiModelId, d.apiModelId, DEFAULT_NAMES.apiModel)}
      />
      <Waiting
        id="base-model"
        label="Fine-tuning: open base model (B)"
        value={named(selection.baseModelId, d.baseModelId, DEFAULT_NAMES.baseModel)}
      />
    </div>
  );
}

/** The GPU type for dedicated serving and self-hosted training. */
export function GpuPickerSlot() {
  const pickers = usePickers();
  const gpuId = useStore((s) => s.selection.gpuId);
  if (pickers) return <pickers.GpuPicker />;
  return (
    <>
      {pickers === false && <PartFailed what="The GPU picker" retry={retry} />}
      <Waiting
        id="gpu"
        label="GPU type"
        value={named(gpuId, DEFAULT_SELECTION.gpuId, DEFAULT_NAMES.gpu)}
      />
    </>
  );
}
