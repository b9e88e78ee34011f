import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Assumptions } from '../../src/components/Assumptions.tsx';
import { HeadlineControls } from '../../src/components/HeadlineControls.tsx';

describe('the "Your scenario" card', () => {
  it('holds the tokens per request, which decide about half of a prompting request’s cost', () => {
    render(<HeadlineControls />);
    const card = within(screen.getByRole('heading', { name: 'Your scenario' }).parentElement!);
    expect(card.getByRole('slider', { name: 'Input tokens per request' })).toBeVisible();
    expect(card.getByRole('slider', { name: 'Output tokens per request' })).toBeVisible();
  });

  it('is not repeated in the assumptions', async () => {
    const user = userEvent.setup();
    render(<Assumptions />);
    await user.click(screen.getByText('Workload: growth and horizon'));
    expect(screen.getByRole('slider', { name: 'Monthly growth' })).toBeVisible();
    expect(screen.queryByRole('slider', { name: 'Input tokens per request' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Output tokens per request' })).toBeNull();
  });
});
