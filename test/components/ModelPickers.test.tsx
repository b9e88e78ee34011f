import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentMonth } from '../../src/catalog/fields.ts';
import { ModelPickers } from '../../src/components/ModelPickers.tsx';
import { useStore } from '../../src/state/store.ts';

const monthGroup = () =>
  within(screen.getByRole('group', { name: 'Starting month (month 1 of the horizon)' }));

describe('the starting month', () => {
  it('is a month and a year to choose, set to this month at first', () => {
    render(<ModelPickers />);
    const [year, month] = currentMonth().split('-').map(Number);
    const group = monthGroup();
    const monthName = new Date(Date.UTC(2000, month! - 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    expect(group.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue(monthName);
    expect(group.getByRole('combobox', { name: 'Year' })).toHaveDisplayValue(String(year));
    expect(group.getAllByRole('option')).toHaveLength(12 + 7);
  });

  it('choosing a month, then a year, moves month 1 of the scenario', async () => {
    const user = userEvent.setup();
    render(<ModelPickers />);
    const next = Number(currentMonth().slice(0, 4)) + 2;
    await user.selectOptions(monthGroup().getByRole('combobox', { name: 'Month' }), 'March');
    await user.selectOptions(monthGroup().getByRole('combobox', { name: 'Year' }), String(next));
    expect(useStore.getState().selection.startMonth).toBe(`${next}-03`);
    expect(monthGroup().getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('March');
    expect(monthGroup().getByRole('combobox', { name: 'Year' })).toHaveDisplayValue(String(next));
  });

  it('a link starting far from now keeps its year among the choices', () => {
    useStore.getState().select({ startMonth: '2041-11' });
    render(<ModelPickers />);
    expect(monthGroup().getByRole('combobox', { name: 'Year' })).toHaveDisplayValue('2041');
    expect(monthGroup().getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('November');
  });
});
