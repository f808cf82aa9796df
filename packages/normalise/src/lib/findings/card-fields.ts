import { about, nameOf, sourceOf, type Finding, type Rule } from './types';

/** A card lacks a field it should have: a RAG rating, a heading, a target where it is rated against one. */
export const missingField: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const o of ctx.observations) {
    const ob = o.observation;
    if (ob.origin !== 'card') continue;
    if (!ob.rag) {
      out.push({ rule: 'missing-field', severity: 'warning', ...about(ctx, o), message: `${nameOf(ctx, o)} in ${o.fileName} has no RAG rating`, evidence: { compared: { field: 'rag', printed: ob.ragRaw }, sources: [sourceOf(o, 'card')] } });
    }
    if (!ob.printedId) {
      const found = ctx.idOf(o);
      out.push({
        rule: 'missing-field',
        severity: 'info',
        ...about(ctx, o),
        message: found ? `the card for ${found} in ${o.fileName} has no heading (identified from the ${ob.reportedIdSource ?? 'other reports'})` : `a card in ${o.fileName} has no heading and nothing identifies it`,
        evidence: { compared: { field: 'heading', deduced: found, method: ob.reportedIdSource }, sources: [sourceOf(o, 'card')] },
      });
    }
    const rated = ob.rag && ['Red', 'Amber', 'Green', 'Blue'].includes(ob.rag);
    if (rated && ob.target.value === null) {
      out.push({ rule: 'missing-field', severity: 'warning', ...about(ctx, o), message: `${nameOf(ctx, o)} is rated ${ob.rag} but shows no numeric target (${ob.target.raw ?? 'none'})`, evidence: { compared: { field: 'target', printed: ob.target.raw, rag: ob.rag }, sources: [sourceOf(o, 'target', 'target', ob.target.raw)] } });
    }
  }
  return out;
};
