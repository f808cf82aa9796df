import { ExtractError } from '../errors';
import type { Block } from '../schema';

/** PDF pages into blocks rebuilt from text geometry (see issue: PDF extraction). */
export async function pdfBlocks(_bytes: Uint8Array): Promise<{ blocks: Block[]; pages: number }> {
  throw new ExtractError('unsupported-format', 'PDF extraction is not available yet');
}
