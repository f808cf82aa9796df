import { prov, type Block, type BlockInput, type Provenance } from '../schema';

/** Collects blocks in reading order and gives each a stable id (`b0`, `b1`, ...). */
export class BlockBuilder {
  readonly blocks: Block[] = [];

  /** Append one block; empty text (outside tables and charts) is dropped. */
  add(input: Omit<BlockInput, 'id' | 'prov'> & { prov: Partial<Provenance> }): void {
    if (input.kind !== 'table' && input.kind !== 'chart' && !input.text.trim()) return;
    // Built directly, not through zod's Block.parse: this runs for every block of every page, and the
    // extractors' inputs are typed; the defaults below are the schema's.
    const block: Block = { id: `b${this.blocks.length}`, kind: input.kind, text: input.text, level: input.level ?? null, rows: input.rows ?? null, rowLines: input.rowLines ?? null, role: input.role ?? 'content', chart: input.chart ?? null, ...(input.continuesRow ? { continuesRow: true } : {}), prov: prov({ index: this.blocks.length, ...input.prov }) };
    this.blocks.push(block);
  }
}

/** Normalise spaces inside a line without touching line breaks; a non-breaking hyphen ('2024‑25', Word's Ctrl+Shift+-) is a hyphen. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[ \t]+$/gm, '')
    .trim();
}
