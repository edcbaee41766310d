import Papa from 'papaparse';
import { ImportFileError } from './types';
import { stripBom } from './values';

/** One data row of a CSV file, by (lower-cased, trimmed) header name, with its line number. */
export interface CsvRow {
  cells: Record<string, string>;
  /** 1-based line where the row starts (quoted cells may span lines). */
  line: number;
}

/** A parsed CSV file: its header names and data rows (blank lines skipped). */
export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/**
 * Parse CSV text with papaparse (RFC 4180 quoting, multi-line cells, BOM removed); `delimiter`
 * defaults to auto-detection. Line numbers are counted from the newlines inside each row's cells,
 * so messages point at the right line even after multi-line cells.
 */
export function parseCsv(input: string, delimiter?: string): CsvTable {
  const text = stripBom(input);
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, ...(delimiter ? { delimiter } : {}) });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ImportFileError(`The CSV file is damaged near line ${lineOfRow(result.data, fatal.row ?? 0)}: ${fatal.message}.`);
  const [head, ...body] = result.data;
  if (!head || head.every((cell) => cell.trim() === '')) throw new ImportFileError('The CSV file is empty.');
  const headers = head.map((h) => h.trim().toLowerCase());
  const rows: CsvRow[] = [];
  let line = 1 + newlines(head);
  for (const cells of body) {
    line++;
    const start = line;
    line += newlines(cells);
    if (cells.length === 1 && cells[0]?.trim() === '') continue;
    const record: Record<string, string> = {};
    headers.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    rows.push({ cells: record, line: start });
  }
  return { headers, rows };
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function lineOfRow(rows: readonly string[][], index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < rows.length; i++) line += 1 + newlines(rows[i] ?? []);
  return line;
}

/** Whether a CSV header row has every one of `names` (lower case). */
export function hasHeaders(headers: readonly string[], names: readonly string[]): boolean {
  return names.every((n) => headers.includes(n));
}

/** The first line of a text, lower-cased, without BOM (to recognize a CSV export by its header). */
export function headerLine(text: string): string {
  const clean = stripBom(text);
  const end = clean.search(/\r?\n/);
  return (end < 0 ? clean : clean.slice(0, end)).toLowerCase();
}
