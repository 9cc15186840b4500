/**
 * The read-back test's own reading of the structured formats, written from their specifications
 * rather than taken from the pipeline's readers: JSON-stat 2.0 (row-major index over the
 * dimensions), SDMX-JSON 2.0 with every dimension at observation level (the OECD files), and the
 * UN DESA workbook through read-excel-file (the xlsx library the reader also uses; the table layout
 * is worked out here again).
 */
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';

/** Every value of a JSON-stat 2.0 dataset, with its category code in each dimension. */
export function jsonStatCells(path: string): { codes: Record<string, string>; value: number }[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string[];
    size: number[];
    value: Record<string, number | null> | (number | null)[];
    dimension: Record<string, { category: { index: Record<string, number> | string[] } }>;
  };
  const codesBy = data.id.map((id) => {
    const index = data.dimension[id]!.category.index;
    const codes: string[] = [];
    if (Array.isArray(index)) index.forEach((code, i) => (codes[i] = code));
    else for (const [code, i] of Object.entries(index)) codes[i] = code;
    return codes;
  });
  const cells: { codes: Record<string, string>; value: number }[] = [];
  for (const [flat, value] of Object.entries(data.value)) {
    if (value === null) continue;
    let rest = Number(flat);
    const codes: Record<string, string> = {};
    for (let d = data.id.length - 1; d >= 0; d -= 1) {
      codes[data.id[d]!] = codesBy[d]![rest % data.size[d]!]!;
      rest = Math.floor(rest / data.size[d]!);
    }
    cells.push({ codes, value });
  }
  return cells;
}

/** Every observation of an SDMX-JSON 2.0 message whose dimensions are all at observation level, scaled by UNIT_MULT. */
export function sdmxJsonCells(path: string): { codes: Record<string, string>; value: number }[] {
  type Values = { id: string }[];
  const message = JSON.parse(readFileSync(path, 'utf8')) as {
    data: {
      structures: { dimensions: { observation: { id: string; values: Values }[] }; attributes: { observation: { id: string; values: Values }[] } }[];
      dataSets: { observations: Record<string, (number | null)[]> }[];
    };
  };
  const structure = message.data.structures[0]!;
  const dimensions = structure.dimensions.observation;
  const multiplierAt = structure.attributes.observation.findIndex((a) => a.id === 'UNIT_MULT');
  const cells: { codes: Record<string, string>; value: number }[] = [];
  for (const [key, [value, ...attributes]] of Object.entries(message.data.dataSets[0]!.observations)) {
    if (value === null || value === undefined) continue;
    const codes: Record<string, string> = {};
    key.split(':').forEach((position, d) => (codes[dimensions[d]!.id] = dimensions[d]!.values[Number(position)]!.id));
    const multiplier =
      multiplierAt === -1 ? 0 : Number(structure.attributes.observation[multiplierAt]!.values[attributes[multiplierAt] ?? 0]?.id ?? 0);
    cells.push({ codes, value: value * 10 ** multiplier });
  }
  return cells;
}

type Cell = string | number | boolean | Date | null | undefined;

/**
 * The rows of one table of a UN DESA workbook by destination: each row's location code and its
 * values by year and sex, the sex of a year column being the section title above it.
 */
export async function undesaWorkbookCells(
  path: string,
  sheet: string,
): Promise<{ code: string; period: string; sex: 'total' | 'male' | 'female'; value: number }[]> {
  const rows = (await readSheet(readFileSync(path), sheet)) as Cell[][];
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  const headerAt = rows.findIndex((row) => row.some((cell) => text(cell) === 'Location code'));
  const header = rows[headerAt]!;
  const codeAt = header.findIndex((cell) => text(cell) === 'Location code');
  const titles = rows.slice(0, headerAt).flatMap((row) =>
    row.flatMap((cell, column) => {
      const title = text(cell).toLowerCase();
      const sex = title.includes('both sexes') ? 'total' : title.endsWith('females') ? 'female' : title.endsWith('males') ? 'male' : null;
      return sex === null ? [] : [{ column, sex } as const];
    }),
  );
  const cells: { code: string; period: string; sex: 'total' | 'male' | 'female'; value: number }[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const code = text(row[codeAt]);
    if (!/^\d+$/.test(code)) continue;
    header.forEach((cell, column) => {
      const value = row[column];
      if (!/^\d{4}$/.test(text(cell)) || typeof value !== 'number') return;
      const sex = titles.filter((t) => t.column <= column).at(-1)?.sex;
      if (sex !== undefined) cells.push({ code, period: text(cell), sex, value });
    });
  }
  return cells;
}
