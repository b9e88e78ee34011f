import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnForm } from '../../src/components/OwnForm.tsx';

// Whether each submit that reached the document had its default (a reload) prevented.
const submits: boolean[] = [];
const record = (event: Event) => submits.push(event.defaultPrevented);
document.addEventListener('submit', record);
afterEach(() => {
  submits.length = 0;
});

describe('OwnForm', () => {
  it('keeps the page when Enter is pressed in its text box', async () => {
    render(
      <OwnForm aria-label="Volume">
        <label>
          Requests per day <input type="text" defaultValue="" />
        </label>
      </OwnForm>,
    );
    const box = screen.getByRole('textbox', { name: 'Requests per day' });
    await userEvent.type(box, '5000{Enter}');
    expect(box).toHaveValue('5000');
    // Enter in a lone text box submits its form; nothing may follow from it.
    expect(submits).toEqual([true]);
  });

  it('passes the attributes on, so the form keeps its class and role', () => {
    render(
      <OwnForm className="share-bar" role="group" aria-label="Share and save">
        <input type="text" aria-label="Scenario name" />
      </OwnForm>,
    );
    const group = screen.getByRole('group', { name: 'Share and save' });
    expect(group.tagName).toBe('FORM');
    expect(group).toHaveClass('share-bar');
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveProperty('form', group);
  });
});
