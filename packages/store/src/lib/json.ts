/** JSON columns read back from SQLite are checked against the shape that was written (zod), at the boundary. */
import type { z } from 'zod';
import { StoreError } from './errors';
import { quickCheck } from './quick-check';

/** Each schema's quick check, compiled on first use. */
const quick = new WeakMap<z.ZodType, (v: unknown) => boolean>();

/** Parse and validate a JSON column; a row that does not hold what was written is a one-line StoreError. */
export function readJson<T extends z.ZodType>(schema: T, text: unknown, what: string): z.output<T> {
  let data: unknown;
  try {
    data = JSON.parse(String(text));
  } catch {
    throw new StoreError('bad-data', `${what} is not JSON; the database was changed outside kpi`);
  }
  // What kpi wrote passes the quick check, which zod would give back unchanged; anything else is zod's to judge.
  let check = quick.get(schema);
  if (!check) quick.set(schema, (check = quickCheck(schema)));
  if (check(data)) return data as z.output<T>;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new StoreError('bad-data', `${what} does not hold what kpi wrote (${parsed.error.issues[0]?.path.join('.') || 'value'}: ${parsed.error.issues[0]?.message}); the database was changed outside kpi`);
  return parsed.data;
}
