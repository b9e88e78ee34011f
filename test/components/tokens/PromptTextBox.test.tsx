import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  EDITABLE_CHARS,
  PREVIEW_CHARS,
  PromptTextBox,
} from '../../../src/components/tokens/PromptTextBox.tsx';

function Box({ initial = '', onChange }: { initial?: string; onChange?: (text: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <PromptTextBox
      id="box"
      label="Your system prompt (text)"
      rows={5}
      value={value}
      onChange={(text) => {
        onChange?.(text);
        setValue(text);
      }}
    />
  );
}

/** Pastes `text` with the caret or selection from `start` to `end`; says whether the page took it. */
function paste(text: string, start: number, end = start) {
  const box = screen.getByLabelText<HTMLTextAreaElement>('Your system prompt (text)');
  box.setSelectionRange(start, end);
  // false when the page inserted the text itself (the browser's own paste was prevented).
  return fireEvent.paste(box, { clipboardData: { getData: () => text } });
}

describe('pasting into the prompt box', () => {
  it('leaves a paste that fits the box to the browser (so undo works)', () => {
    const onChange = vi.fn();
    render(<Box initial="Hello" onChange={onChange} />);
    expect(paste(' world', 5)).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes a huge paste itself, in place of the selection, and shows the start of it', () => {
    const onChange = vi.fn();
    render(<Box initial="Start: [here] end." onChange={onChange} />);
    const huge = 'The quick brown fox.\r\n'.repeat(50_000);
    expect(paste(huge, 7, 13)).toBe(false);
    const expected = `Start: ${'The quick brown fox.\n'.repeat(50_000)} end.`;
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0] === expected).toBe(true); // no megabytes in a failure
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your system prompt (text)');
    expect(box.value).toBe(expected.slice(0, PREVIEW_CHARS));
    expect(box).toHaveAttribute('readonly');
    expect(
      screen.getByText(
        `This text is ${expected.length.toLocaleString('en-US')} characters long: the box shows the first ${PREVIEW_CHARS.toLocaleString('en-US')}`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('takes a paste that only together with the text already there is too long', () => {
    const onChange = vi.fn();
    render(<Box initial={'a'.repeat(EDITABLE_CHARS - 10)} onChange={onChange} />);
    expect(paste('b'.repeat(11), EDITABLE_CHARS - 10)).toBe(false);
    expect(onChange.mock.calls[0]?.[0]).toHaveLength(EDITABLE_CHARS + 1);
  });

  it('ignores a paste into the shortened, read-only box; Clear empties it', () => {
    const onChange = vi.fn();
    render(<Box initial={'x'.repeat(EDITABLE_CHARS + 1)} onChange={onChange} />);
    paste('y'.repeat(EDITABLE_CHARS + 1), 0);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear this box' }));
    expect(onChange).toHaveBeenCalledWith('');
    expect(screen.getByLabelText('Your system prompt (text)')).toHaveValue('');
  });
});
