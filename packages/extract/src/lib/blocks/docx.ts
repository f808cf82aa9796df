import { ExtractError } from '../errors';
import type { Block, Message } from '../schema';

/** Word body, text boxes and headers into blocks (see issue: DOCX extraction). */
export async function docxBlocks(_bytes: Uint8Array, _messages: Message[]): Promise<Block[]> {
  throw new ExtractError('unsupported-format', 'DOCX extraction is not available yet');
}
