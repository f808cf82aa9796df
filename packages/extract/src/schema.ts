/**
 * @kpi/extract/schema — the shapes the parser writes (blocks, cards, provenance) without the readers: the store
 * validates and describes them without compiling every reader and the vocabulary.
 */
export * from './lib/schema';
