import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';

describe('App shell', () => {
  it('shows the title and the two areas of the page', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: /fine-tune or prompt/i })).toBeVisible();
    expect(screen.getByRole('region', { name: /your scenario/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /results/i })).toBeInTheDocument();
  });
});
