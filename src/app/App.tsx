export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Fine-tune or prompt?</h1>
        <p className="tagline">
          Compare a large API model with a long prompt against a small fine-tuned open model: cost
          per request, break-even and return on investment.
        </p>
      </header>
      <main className="layout">
        <section className="inputs" aria-labelledby="inputs-title">
          <h2 id="inputs-title">Your scenario</h2>
        </section>
        <section className="results" aria-labelledby="results-title">
          <h2 id="results-title">Results</h2>
        </section>
      </main>
    </div>
  );
}
