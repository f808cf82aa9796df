import { describe, expect, test } from '@jest/globals';
import { nameLine } from './vocabulary';

describe("a form's name row", () => {
  test('names the card, with its reference or the identifier in the name', () => {
    expect(nameLine('Measure name: Average time to re-let council homes Ref: CP30')).toEqual({ id: 'CP30', title: 'Average time to re-let council homes' });
    expect(nameLine('Indicator: KPI 7: Missed bin collections')).toEqual({ id: 'KPI 7', title: 'Missed bin collections' });
    expect(nameLine('Performance indicator: Rent collected')).toEqual({ id: null, title: 'Rent collected' });
  });

  test("'Description: …' is the text section, and other labels are no name", () => {
    expect(nameLine('Description: The percentage of FOI requests answered on time.')).toBeNull();
    expect(nameLine('Target: 90%')).toBeNull();
    expect(nameLine('Indicator Description')).toBeNull();
  });
});
