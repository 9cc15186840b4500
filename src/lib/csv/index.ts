export { detectDelimiter } from './delimiter';
export { csvRecords, parseCsv, type ParseCsvOptions } from './parse';
export { createCsvStream, type CsvRecord, type CsvStream, type CsvStreamOptions } from './stream';
