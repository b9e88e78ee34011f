/**
 * The decision memo as Markdown, for a doc or a chat message: the same sections as the memo
 * view, the charts as their captions (a chat cannot hold the pictures; the link redraws them).
 */
import { estimateNote, type Memo } from './memo-content.ts';

/**
 * Text that Markdown must show as written: a scenario name or a model name could otherwise
 * start a heading, a list or a link, or break a table cell.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(mdText).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}

export function memoMarkdown(memo: Memo): string {
  const lines: string[] = [
    `# Decision memo: ${mdText(memo.title)}`,
    '',
    `${memo.date} · [Open this scenario](<${memo.link}>)`,
    '',
    `## Verdict: ${mdText(memo.verdict)}`,
    '',
    `**${mdText(memo.headline)}.**`,
    '',
    ...memo.reasons.map((r) => `- **${r.kind}:** ${mdText(r.text)}`),
    '',
    '## The scenario',
    '',
    mdText(memo.scenario),
    '',
    '## Key figures',
    '',
    ...table(
      ['Figure', 'Value', 'What it holds'],
      memo.figures.map((f) => [f.label, f.value, f.note]),
    ),
    '',
    '## Changed from defaults',
    '',
    ...(memo.changes.length === 0
      ? ['Nothing: every input is the default or the catalog’s value.']
      : memo.changes.map(
          (c) =>
            `- ${mdText(c.label)}: ${mdText(c.from)}${c.fromCatalog ? ' (catalog)' : ''} → **${mdText(c.to)}**`,
        )),
    '',
    '## Charts',
    '',
    ...memo.charts.map((c) => `- **${mdText(c.title)}:** ${mdText(c.caption)}`),
    '',
    '## Sources of the catalog figures',
    '',
    ...table(
      ['Figure', 'Value used', 'Source', 'Date'],
      memo.sources.map((s) => [
        s.label,
        s.editedFrom === null ? s.value : `${s.value} (edited; catalog ${s.editedFrom})`,
        `${estimateNote(s)}${s.source}${s.url ? ` ${s.url}` : ''}`,
        s.date,
      ]),
    ),
    '',
    '## How it is calculated',
    '',
    'A month is 30 days; token prices are dollars per million tokens (/M).',
  ];
  for (const section of memo.formulas) {
    lines.push('', `### ${mdText(section.title)}`, '');
    for (const step of section.steps) {
      lines.push(
        `- ${mdText(step.label)}: \`${step.formula.replace(/`/g, "'")}\` = **${mdText(step.value)}**`,
      );
    }
  }
  lines.push('', `Link: <${memo.link}>`, '');
  return lines.join('\n');
}
