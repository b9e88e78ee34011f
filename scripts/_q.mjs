import { waitForUpdate } from '@pydantic/genai-prices';
const ps = await waitForUpdate();
const re = new RegExp(process.argv[2], 'i');
for (const p of ps)
  for (const m of p.models) {
    if (!re.test(m.id) && !re.test(m.name ?? '')) continue;
    const list = Array.isArray(m.prices) ? m.prices : [{ prices: m.prices }];
    const pr = list[list.length - 1].prices;
    console.log(
      p.id.padEnd(22),
      m.id.padEnd(50),
      pr.input_mtok,
      pr.output_mtok,
      m.deprecated ? 'DEP' : '',
      (m.price_comments ?? '').slice(0, 80),
    );
  }
