import '@testing-library/jest-dom/vitest';
import './console-guard.ts';
import { cleanup } from '@testing-library/react';
import { cloneElement, createElement, isValidElement, type ReactNode } from 'react';
import type * as Recharts from 'recharts';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadPickers } from '../src/components/pickers-runtime.ts';
import { loadCatalog } from '../src/state/catalog-runtime.ts';

/**
 * recharts' ResponsiveContainer measures its parent with ResizeObserver and layout, neither of
 * which jsdom has, so it renders no <svg>. Give charts a fixed size instead, as recharts' own tests do.
 */
vi.mock('recharts', async (importOriginal) => {
  const original = await importOriginal<typeof Recharts>();
  function FixedSizeContainer({ children }: { children?: ReactNode }) {
    const chart = isValidElement<{ width?: number; height?: number }>(children)
      ? cloneElement(children, { width: 800, height: 400 })
      : children;
    return createElement('div', { style: { width: 800, height: 400 } }, chart);
  }
  return { ...original, ResponsiveContainer: FixedSizeContainer };
});

// The page loads the catalog chunk right at start-up; tests start once it is there, as a user's
// first interaction does in practice.
await Promise.all([loadCatalog(), loadPickers()]);

// console.error fails a test here as in node: console-guard.ts, imported above. Every store is
// reset to its initial state before each test by store-reset.ts, the set-up file run before this.
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
