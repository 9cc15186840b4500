import { describe, expect, it } from 'vitest';
import { bilateralDir, bilateralPath, seriesPath } from './paths';

describe('contract paths', () => {
  it('puts a breakdown under its source, for series and bilateral files alike', () => {
    expect(seriesPath('migrant-stock', 'undesa', 'total')).toBe('series/migrant-stock/undesa.json');
    expect(seriesPath('migrant-stock', 'undesa', 'sex-female')).toBe('series/migrant-stock/undesa/sex-female.json');
    expect(bilateralPath('migrant-stock', 'undesa', 'destination', 'USA')).toBe('bilateral/migrant-stock/undesa/destination/USA.json');
    expect(bilateralPath('migrant-stock', 'undesa', 'origin', 'MEX', 'total')).toBe('bilateral/migrant-stock/undesa/origin/MEX.json');
    expect(bilateralPath('migrant-stock', 'undesa', 'origin', 'MEX', 'sex-female')).toBe('bilateral/migrant-stock/undesa/sex-female/origin/MEX.json');
    expect(bilateralDir('migrant-stock', 'undesa', 'destination', 'sex-male')).toBe('bilateral/migrant-stock/undesa/sex-male/destination');
  });
});
