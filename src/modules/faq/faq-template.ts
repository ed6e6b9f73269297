// FAQ answer templates: `{{import.rowsImported}}`-style placeholders that cite a statistic of the latest finished
// import. Pure. The names are checked when an entry is saved (an unknown one is a field-named error); the chat
// module renders each name from the import's figures in the answer's language.

/** Every placeholder an answer may use, with what it shows (docs/faq.md lists them too). */
export const FAQ_PLACEHOLDERS = {
  'import.rowsImported':
    'Rows imported (a number: write the unit yourself, e.g. "{{import.rowsImported}}행").',
  'import.totalAmount': 'Total amount, in won for KRW imports, else with the currency code.',
  'import.totalQuantity': 'Total quantity.',
  'import.distinctCustomers': 'Distinct customers (a number).',
  'import.invoices': 'Invoices (orders), a number.',
  'import.cancellations': 'Cancelled invoices, a number.',
  'import.averageOrder': 'Average order value (total ÷ invoices), as an amount.',
  'import.topKey': 'The largest bucket of the breakdown (e.g. a country), quoted.',
  'import.topRows': 'Rows of the largest bucket, with the unit ("180행" / "180 rows").',
  'import.topAmount': 'Amount of the largest bucket.',
  'import.breakdownBy': 'What the breakdown groups by (e.g. country).',
  'import.target': 'What was imported (sales, card transactions, …), in the answer language.',
  'import.fileName': 'The file name, quoted.',
  'import.finishedAt': 'The day the import finished.',
  'import.id': 'The import number.',
} as const;

export type FaqPlaceholder = keyof typeof FAQ_PLACEHOLDERS;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The template split into literal parts and placeholder names: parts.length === names.length + 1. */
export function parseTemplate(template: string): { parts: string[]; names: string[] } {
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index));
    names.push(m[1]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return { parts, names };
}

/** Placeholder names of a template that are not in FAQ_PLACEHOLDERS, and stray braces. */
export function templateProblems(template: string): string[] {
  const { parts, names } = parseTemplate(template);
  const unknown = names.filter((n) => !(n in FAQ_PLACEHOLDERS)).map((n) => `unknown placeholder {{${n}}}`);
  const stray = parts.some((p) => p.includes('{{') || p.includes('}}')) ? ['unbalanced {{ or }}'] : [];
  return [...unknown, ...stray];
}

/** True when the template cites the latest import. */
export function citesImport(template: string): boolean {
  return parseTemplate(template).names.length > 0;
}
