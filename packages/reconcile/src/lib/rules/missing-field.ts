import { about, defineRule, isRated, nameOf, sourceOf, type Draft } from './finding';

/** A card lacks a field it should have: a RAG rating, a heading, a target where it is rated against one. */
export const missingField = defineRule('missing-field', (ctx) => {
  const out: Draft[] = [];
  for (const o of ctx.observations) {
    const ob = o.observation;
    if (ob.origin !== 'card') continue;
    if (!ob.rag) {
      out.push({ severity: 'warning', ...about(ctx, o), message: `${nameOf(ctx, o)} in ${o.fileName} has no RAG rating`, evidence: { compared: { field: 'rag', printed: ob.ragRaw }, sources: [sourceOf(o, 'card')] } });
    }
    if (!ob.printedId) {
      const found = ctx.idOf(o);
      out.push({
        severity: 'info',
        ...about(ctx, o),
        message: found ? `the card for ${found} in ${o.fileName} has no heading (identified from the ${ob.reportedIdSource ?? 'other reports'})` : `a card in ${o.fileName} has no heading and nothing identifies it`,
        evidence: { compared: { field: 'heading', deduced: found, method: ob.reportedIdSource }, sources: [sourceOf(o, 'card')] },
      });
    }
    const rated = ob.rag && isRated(ob.rag);
    if (rated && ob.target.value === null) {
      out.push({ severity: 'warning', ...about(ctx, o), message: `${nameOf(ctx, o)} is rated ${ob.rag} but shows no numeric target (${ob.target.raw ?? 'none'})`, evidence: { compared: { field: 'target', printed: ob.target.raw, rag: ob.rag }, sources: [sourceOf(o, 'target', 'target', ob.target.raw)] } });
    }
  }
  return out;
});
