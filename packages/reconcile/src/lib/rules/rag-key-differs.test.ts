import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { ragKeyDiffers } from './rag-key-differs';

const key = (red: string) => [
  { status: 'Red', definition: red, sourceRef: 'p. 1' },
  { status: 'Green', definition: 'On target or better', sourceRef: 'p. 1' },
];
const quarters = (laterRed: string) =>
  archive([
    { file: 'q1.pdf', quarter: 1, ragKey: key('Off target by more than 10%') },
    { file: 'q2.pdf', quarter: 2, ragKey: key(laterRed) },
  ]);

describe('rag-key-differs', () => {
  test("a committee's next report that defines a status differently is a warning listing the definitions", () => {
    const found = ragKeyDiffers.check(quarters('Off target by more than 5%').ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', reportId: 2, observationId: null });
    expect(found[0].evidence.compared).toEqual({ differences: [{ status: 'Red', earlier: 'Off target by more than 10%', later: 'Off target by more than 5%' }] });
  });

  test('the same key in other case and punctuation raises nothing', () => {
    expect(ragKeyDiffers.check(quarters('off target by more than 10%.').ctx)).toEqual([]);
  });
});
