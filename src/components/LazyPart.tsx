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
 * `what` starts the failure sentence ("The thing could not load…"); `instead`, if given, is
 * shown above that sentence (say, a simpler version of the part). LazyBoundary includes the
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
import './lazy-part.css';

/** How many times the nearest boundary has retried: each retry needs a fresh React.lazy. */
const Attempt = createContext(0);

/** React.lazy whose import runs again after the boundary's Retry (a failed lazy never retries). */
// `any`, as in React.lazy's own signature: the part's props type is whatever C declares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): C {
  const attempts: ComponentType<object>[] = [];
  function LazyPart(props: object) {
    const attempt = useContext(Attempt);
    const Loaded = (attempts[attempt] ??= lazy(load) as unknown as ComponentType<object>);
    return <Loaded {...props} />;
  }
  return LazyPart as unknown as C;
}

interface BoundaryProps {
  /** The part, as the subject of a sentence: "The charts". */
  what: string;
  fallback?: ReactNode;
  /** Shown, with the failure sentence, when the part fails. */
  instead?: ReactNode;
  children: ReactNode;
}

/** "The thing could not load: check the connection, then Retry", said to screen readers too. */
export function PartFailed({ what, retry }: { what: string; retry: () => void }) {
  return (
    <p className="part-failed" role="alert">
      {what} could not load: check the connection, then{' '}
      <button type="button" onClick={retry}>
        Retry
      </button>
    </p>
  );
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
        <>
          {this.props.instead}
          <PartFailed what={this.props.what} retry={this.retry} />
        </>
      );
    }
    return (
      <Attempt.Provider value={this.state.attempt}>
        <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>
      </Attempt.Provider>
    );
  }
}
