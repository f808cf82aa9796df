import { Block, prov, type BlockInput, type Provenance } from '../schema';

/** Collects blocks in reading order and gives each a stable id (`b0`, `b1`, ...). */
export class BlockBuilder {
  readonly blocks: Block[] = [];

  /** Append one block; empty text (outside tables and charts) is dropped. */
  add(input: Omit<BlockInput, 'id' | 'prov'> & { prov: Partial<Provenance> }): void {
    if (input.kind !== 'table' && input.kind !== 'chart' && !input.text.trim()) return;
    const id = `b${this.blocks.length}`;
    this.blocks.push(Block.parse({ ...input, id, prov: prov({ index: this.blocks.length, ...input.prov }) }));
  }
}

/** Normalise spaces inside a line without touching line breaks. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .trim();
}
