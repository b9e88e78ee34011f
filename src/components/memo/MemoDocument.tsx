import type { ReactNode } from 'react';
import { FormulaSteps } from '../Explanation.tsx';
import { estimateNote, type Memo } from './memo-content.ts';

/** The memo as a document: headed sections a reader (and a PDF) takes top to bottom. */
export function MemoDocument({ memo, charts }: { memo: Memo; charts: ReactNode }) {
  return (
    <article className="memo" aria-labelledby="memo-title">
      <header className="memo-header">
        <p className="memo-kicker">Decision memo · {memo.date}</p>
        <h1 id="memo-title">
          <bdi>{memo.title}</bdi>
        </h1>
        <p className="memo-link">
          Open this scenario: <a href={memo.link}>{memo.link}</a>
        </p>
      </header>

      <section aria-labelledby="memo-verdict">
        <h2 id="memo-verdict">Verdict: {memo.verdict}</h2>
        <p className="memo-headline">{memo.headline}.</p>
        <ul>
          {memo.reasons.map((r) => (
            <li key={`${r.kind}-${r.text}`}>
              <strong>{r.kind}:</strong> {r.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="memo-scenario">
        <h2 id="memo-scenario">The scenario</h2>
        <p>{memo.scenario}</p>
      </section>

      <section aria-labelledby="memo-figures">
        <h2 id="memo-figures">Key figures</h2>
        <table className="memo-table">
          <tbody>
            {memo.figures.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td className="memo-value">{f.value}</td>
                <td className="memo-note">{f.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="memo-changes">
        <h2 id="memo-changes">Changed from defaults</h2>
        {memo.changes.length === 0 ? (
          <p>Nothing: every input is the default or the catalog’s value.</p>
        ) : (
          <ul>
            {memo.changes.map((c) => (
              <li key={c.control}>
                {c.label}: {c.from}
                {c.fromCatalog ? ' (catalog)' : ''} → <strong>{c.to}</strong>{' '}
                <span className="memo-edited">edited</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="memo-charts" className="memo-charts-section">
        <h2 id="memo-charts">Charts</h2>
        {charts}
      </section>

      <section aria-labelledby="memo-sources" className="memo-sources-section">
        <h2 id="memo-sources">Sources of the catalog figures</h2>
        <table className="memo-table memo-sources">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value used</th>
              <th scope="col">Source</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {memo.sources.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td className="memo-value">
                  {s.value}
                  {s.editedFrom !== null && (
                    <>
                      {' '}
                      <span className="memo-edited">edited</span>{' '}
                      <span className="memo-note">catalog {s.editedFrom}</span>
                    </>
                  )}
                </td>
                <td>
                  {estimateNote(s)}
                  {s.url ? (
                    <a href={s.url} target="_blank" rel="noreferrer">
                      {s.source}
                    </a>
                  ) : (
                    s.source
                  )}
                </td>
                <td className="memo-date">{s.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="memo-formulas" className="memo-formulas-section">
        <h2 id="memo-formulas">How it is calculated</h2>
        <p className="memo-note">
          A month is 30 days; token prices are dollars per million tokens (/M).
        </p>
        {memo.formulas.map((section) => (
          <div key={section.title} className="memo-formula-group">
            <h3>{section.title}</h3>
            <FormulaSteps steps={section.steps} />
          </div>
        ))}
      </section>
    </article>
  );
}
