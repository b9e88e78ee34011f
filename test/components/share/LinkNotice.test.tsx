import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LinkNotice } from '../../../src/components/share/LinkNotice.tsx';
import { openLink } from '../../../src/state/page-actions.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { decodeLink, encodeLink } from '../../../src/url/link.ts';
import { reloadSavedLibrary } from './helpers.ts';

beforeEach(reloadSavedLibrary);

/** What the page does with a link at start-up (main.tsx). */
const open = (search: string) => openLink(decodeLink(search));

describe('LinkNotice', () => {
  it('shows nothing for a clean link', () => {
    open(encodeLink({ ...initialInputs(), name: 'Fine' }));
    const { container } = render(<LinkNotice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each ignored value and why, and can be dismissed', async () => {
    open('v=1&rpd=-5&gr=NaN&am=gpt-0&mo=24');
    render(<LinkNotice />);
    const notice = screen.getByRole('region', { name: 'Some values in the link were ignored' });
    const items = within(notice)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Unknown API model “gpt-0”. Using Claude Sonnet 5.',
      'Requests per day must be between 0 and 100,000,000; got -5. Using 10,000.',
      'Monthly growth must be a finite number; got “NaN”. Using 0%.',
    ]);
    expect(useStore.getState().scenario.horizonMonths).toBe(24); // the rest was kept
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows the first few problems of a link that has thousands, with Dismiss above them', async () => {
    open(`v=1&rpd=123456${'&%zz=1'.repeat(200_000)}`); // 1.2 MB of broken keys
    render(<LinkNotice />);
    const notice = screen.getByRole('region', { name: 'Some values in the link were ignored' });
    const items = within(notice).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent(
      'This link is 1,200,014 characters long, far more than a scenario needs (under 2,000); only its first 20,000 characters were read.',
    );
    // The first 20,000 characters hold (20,000 − 14) / 6 = 3,331 whole broken keys after
    // "v=1&rpd=123456": with the length notice, 3,332 problems, 5 shown.
    expect(notice).toHaveTextContent('…and 3,327 more.');
    const dismiss = within(notice).getByRole('button', { name: 'Dismiss' });
    expect(
      dismiss.compareDocumentPosition(items[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(useStore.getState().scenario.requestsPerDay).toBe(123_456);

    await userEvent.click(dismiss);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows every problem on request, in a list that scrolls on its own', async () => {
    open(`v=1${'&%zz=1'.repeat(12)}`);
    render(<LinkNotice />);
    const notice = screen.getByRole('region', { name: 'Some values in the link were ignored' });
    expect(notice).toHaveTextContent('…and 7 more.');
    await userEvent.click(within(notice).getByRole('button', { name: 'Show all 12' }));
    expect(within(notice).getAllByRole('listitem')).toHaveLength(12);
    expect(notice).not.toHaveTextContent('more.');
  });

  it('renders text from the link as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    open(`v=1&n=${encodeURIComponent(evil)}&ov=${encodeURIComponent(evil)}`);
    const { container } = render(<LinkNotice />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when prices changed since the link was made, and offers today’s', async () => {
    const today = initialInputs();
    const old = { ...today.scenario, apiInputPrice: today.scenario.apiInputPrice + 1 };
    open(encodeLink({ ...today, scenario: old }));
    expect(useStore.getState().scenario.apiInputPrice).toBe(old.apiInputPrice); // link's price kept
    render(<LinkNotice />);
    const notice = screen.getByRole('region', {
      name: 'Prices have changed since this link was made',
    });
    expect(within(notice).getByText(/API input price:/)).toBeVisible();
    await userEvent.click(within(notice).getByRole('button', { name: 'Use today’s prices' }));
    expect(useStore.getState().scenario.apiInputPrice).toBe(today.scenario.apiInputPrice);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('keeps the link’s prices when asked, and a price set by hand is never a change', async () => {
    const today = initialInputs();
    const scenario = { ...today.scenario, apiOutputPrice: 1, apiInputPrice: 123 };
    open(encodeLink({ ...today, scenario, overrides: ['apiInputPrice'] }));
    render(<LinkNotice />);
    const notice = screen.getByRole('region', { name: /prices have changed/i });
    expect(within(notice).getAllByRole('listitem')).toHaveLength(1); // output only
    await userEvent.click(within(notice).getByRole('button', { name: 'Keep the link’s prices' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(useStore.getState().scenario.apiOutputPrice).toBe(1);
  });
});
