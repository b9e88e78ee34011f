/**
 * Lazy parts of the page that may fail to load (offline, a flaky network, or a redeploy that
 * replaced the hashed files while the page was open) without taking the page down with them.
 *
 * How to add one:
 *
 *   const Thing = lazyPart(() => import('./Thing.tsx'));
 *   …
 *   <LazyBoundary what="The thing" fallback={<p role="status">Loading the thing…</p>}>
 *     <Thing {...props} />
 *   </LazyBoundary>
 *
 * `what` starts the failure sentence ("The thing could not load…"). LazyBoundary includes the
 * Suspense, so no separate one is needed. Retry runs the import again; a failure caused by a
 * redeploy reloads the page once (redeploy.ts). For a plain `await import()` in a handler, catch
 * it and call `reloadIfRedeployed()` the same way.
 */
import {
  Component,
  createContext,
  lazy,
  Suspense,
  useContext,
  type ComponentType,
  type ReactNode,
} from 'react';
import { reloadIfRedeployed } from './redeploy.ts';

/** How many times the nearest boundary has retried: each retry needs a fresh React.lazy. */
const Attempt = createContext(0);

/** React.lazy whose import runs again after the boundary's Retry (a failed lazy never retries). */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const attempts: ComponentType<P>[] = [];
  return function LazyPart(props: P) {
    const attempt = useContext(Attempt);
    const Loaded = (attempts[attempt] ??= lazy(load) as unknown as ComponentType<P>);
    return <Loaded {...props} />;
  };
}

interface BoundaryProps {
  /** The part, as the subject of a sentence: "The charts". */
  what: string;
  fallback?: ReactNode;
  children: ReactNode;
}

/** Suspense plus an error boundary: a part that fails says so and offers Retry. */
export class LazyBoundary extends Component<BoundaryProps, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    void reloadIfRedeployed();
  }

  retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.failed) {
      return (
        <p className="part-failed" role="alert">
          {this.props.what} could not load: check the connection, then{' '}
          <button type="button" onClick={this.retry}>
            Retry
          </button>
        </p>
      );
    }
    return (
      <Attempt.Provider value={this.state.attempt}>
        <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>
      </Attempt.Provider>
    );
  }
}
