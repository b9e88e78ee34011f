import { useStore } from '../../state/store.ts';
import './print.css';
import { usePageLink } from './print-link.ts';

/**
 * Shown only on paper (and in a PDF): which scenario this is, when it was printed, and the link
 * that opens it again. Hidden on screen, where the address bar already shows the link.
 */
export default function PrintHeader() {
  const name = useStore((s) => s.name);
  const link = usePageLink();
  return (
    <section className="print-only print-header">
      <p className="print-title">
        {name === '' ? 'Scenario' : <bdi>{name}</bdi>} · printed{' '}
        {new Date().toISOString().slice(0, 10)}
      </p>
      <p className="print-link">
        Open this scenario: <a href={link}>{link}</a>
      </p>
    </section>
  );
}
