import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyBoundary, lazyPart } from '../../src/components/LazyPart.tsx';

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

const failedImport = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Part.js'));

beforeEach(() => {
  // React reports errors its boundaries catch on the console; here they are the point.
  vi.mocked(console.error).mockImplementation(() => undefined);
  // The redeploy check asks the server for the page; here the server has the same build.
  vi.spyOn(window, 'fetch').mockResolvedValue(new Response('<script src="/same.js"></script>'));
});

describe('a lazy part behind its boundary', () => {
  it('renders the part once its code has loaded', async () => {
    const Lazy = lazyPart(() => Promise.resolve({ default: Part }));
    render(
      <LazyBoundary what="The part" fallback={<p>Loading the part…</p>}>
        <Lazy label="The part's content" />
      </LazyBoundary>,
    );
    expect(await screen.findByText("The part's content")).toBeInTheDocument();
  });

  it('says which part failed, keeps the rest of the page, and Retry runs the import again', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<{ default: typeof Part }>>()
      .mockImplementationOnce(failedImport)
      .mockImplementationOnce(failedImport)
      .mockResolvedValue({ default: Part });
    const Lazy = lazyPart(load);
    render(
      <>
        <h1>The verdict</h1>
        <LazyBoundary what="The charts" fallback={<p>Loading…</p>}>
          <Lazy label="Chart drawn" />
        </LazyBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The charts could not load: check the connection, then Retry');
    expect(screen.getByRole('heading', { name: 'The verdict' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The charts could not load');
    expect(load).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('a failure in one part leaves a sibling part working', async () => {
    const Broken = lazyPart<typeof Part>(failedImport);
    const Working = lazyPart(() => Promise.resolve({ default: Part }));
    render(
      <>
        <LazyBoundary what="The presets">
          <Broken label="never" />
        </LazyBoundary>
        <LazyBoundary what="The formulas">
          <Working label="Formulas shown" />
        </LazyBoundary>
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The presets could not load');
    expect(await screen.findByText('Formulas shown')).toBeInTheDocument();
  });
});
