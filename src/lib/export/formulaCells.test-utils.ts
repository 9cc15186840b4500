/** The delimiters a spreadsheet may split a CSV line at: comma, semicolon (European settings), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** What a spreadsheet may run: a cell that begins, after any spaces and double quotes, with = + - or @. */
const FORMULA = /^[\s"]*[=+\-@]/;

/**
 * Every cell, other than a plain number, that would start a formula when any line of `text` is
 * split at any of the delimiters (naively: quotes do not protect anything here, so this is stricter
 * than any spreadsheet), as "delimiter | cell" for a readable failure.
 */
export function formulaCells(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const delimiter of DELIMITERS) {
      for (const cell of line.split(delimiter)) {
        if (FORMULA.test(cell) && !NUMBER.test(cell)) found.push(`${JSON.stringify(delimiter)} | ${cell}`);
      }
    }
  }
  return found;
}
