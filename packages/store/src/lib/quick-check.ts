/**
 * A quick yes to "is this JSON already exactly what the zod schema would give back?", compiled once from
 * the schema itself, so it cannot drift from it. Reading an archive back, zod's first parses cost more
 * than the whole query (its parsers warm up on every run); this plain predicate is cheap from the start.
 * Only the shapes kpi writes are known to it (objects, nullable, optional, default, enum, string, number,
 * boolean, array, partial record): anything else, and any doubt, is a no, and the caller asks zod, whose
 * verdict and message stand. A yes needs keys in the schema's order with none extra, defaults present,
 * so zod's output would equal the input, key order included (findings store provenance as JSON text).
 */
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

/** Loosely typed view of a zod schema's definition: the parts this module reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, unknown>;
  partial?: boolean;
  checks?: { _zod: { def: { check: string; format?: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const never: Check = () => false;
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The number and string checks kpi's schemas use; null for any other (the schema is then not known). */
function checksOf(def: Def): Check[] | null {
  const out: Check[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') out.push((v) => Number.isSafeInteger(v));
    else if (d.check === 'greater_than') out.push((v) => (d.inclusive ? (v as number) >= d.value! : (v as number) > d.value!));
    else if (d.check === 'less_than') out.push((v) => (d.inclusive ? (v as number) <= d.value! : (v as number) < d.value!));
    else if (d.check === 'min_length') out.push((v) => (v as string).length >= d.minimum!);
    else if (d.check === 'max_length') out.push((v) => (v as string).length <= d.maximum!);
    else return null;
  }
  return out;
}

/** A predicate true only for values zod would accept and give back unchanged. */
export function quickCheck(schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined) return never;
      const keys = Object.keys(def.shape!);
      const checks = keys.map((k) => quickCheck(def.shape![k]));
      // Absent keys are allowed only where zod leaves them absent too (optional, not defaulted).
      const mayLack = keys.map((k) => defOf(def.shape![k]).type === 'optional');
      return (v) => {
        if (!isPlain(v)) return false;
        let i = 0;
        for (const key in v) {
          while (i < keys.length && keys[i] !== key) {
            if (!mayLack[i]) return false;
            i++;
          }
          if (i === keys.length || !checks[i](v[key])) return false;
          i++;
        }
        for (; i < keys.length; i++) if (!mayLack[i]) return false;
        return true;
      };
    }
    case 'nullable': {
      const inner = quickCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'optional':
    case 'default': {
      // Present keys only (absence is the object's business): a present value is parsed by the inner schema.
      const inner = quickCheck(def.innerType!);
      return (v) => v !== undefined && inner(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      return (v) => values.has(v);
    }
    case 'string':
    case 'number':
    case 'boolean': {
      const checks = checksOf(def);
      if (!checks) return never;
      const type = def.type;
      return (v) => typeof v === type && (type !== 'number' || Number.isFinite(v)) && checks.every((c) => c(v));
    }
    case 'array': {
      if (def.checks?.length) return never;
      const element = quickCheck(def.element!);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'record': {
      const keyDef = defOf(def.keyType!);
      if (!def.partial || keyDef.type !== 'enum') return never;
      const keys = new Set(Object.values(keyDef.entries!));
      const value = quickCheck(def.valueType!);
      return (v) => {
        if (!isPlain(v)) return false;
        for (const key in v) if (key === '__proto__' || !keys.has(key) || !value(v[key])) return false;
        return true;
      };
    }
    default:
      return never;
  }
}
