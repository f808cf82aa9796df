import { describe, expect, test } from '@jest/globals';
import { prov } from '../schema';
import { readSummaryTable, summaryLine } from './summary';

const plain = (rows: ReturnType<typeof readSummaryTable>) => rows?.map((r) => [r.status, r.count?.raw ?? null, r.percentage?.raw ?? null]) ?? null;

describe('RAG summary tables in every shape', () => {
  test('statuses as rows: a dash is a printed none, the Total row is not a status', () => {
    const rows = [
      ['Rating', 'Number of measures', '%'],
      ['Green', '12', '60%'],
      ['Amber', '–', '–'],
      ['Red', '8', '40%'],
      ['Not rated', '', ''],
      ['Total', '20', '100%'],
    ];
    expect(plain(readSummaryTable(rows, prov()))).toEqual([
      ['Green', '12', '60%'],
      ['Amber', '–', '–'],
      ['Red', '8', '40%'],
    ]);
  });

  test('statuses as columns (letters) with per-service rows: counts come from the TOTAL row', () => {
    const rows = [
      ['Service', 'G', 'A', 'R', 'TOTAL'],
      ["Children's Services", '3', '1', '-', '4'],
      ['Adult Social Care', '2', '-', '2', '4'],
      ['TOTAL', '5', '1', '2', '8'],
    ];
    const out = readSummaryTable(rows, prov({ index: 7 }));
    expect(plain(out)).toEqual([
      ['Green', '5', null],
      ['Amber', '1', null],
      ['Red', '2', null],
    ]);
    expect(out![0].count!.prov.cell).toEqual({ table: 7, row: 3, col: 1 });
  });

  test('a KPI table with a RAG column, or a key of RAG definitions, is not a summary', () => {
    expect(readSummaryTable([['Indicator', 'Target', 'Actual', 'RAG'], ['Invoices paid', '95%', '96%', 'Green'], ['Calls answered', '90%', '80%', 'Red']], prov())).toBeNull();
    expect(readSummaryTable([['Red', 'more than 10% off target'], ['Amber', 'within 10% of target'], ['Green', 'on target']], prov())).toBeNull();
  });

  test('summary lines of a text dump', () => {
    expect(summaryLine('Red 1 10%')).toEqual({ status: 'Red', count: '1', percentage: '10%' });
    expect(summaryLine('Amber: -')).toEqual({ status: 'Amber', count: '-', percentage: null });
    expect(summaryLine('Red kite sightings 4')).toBeNull();
  });
});
