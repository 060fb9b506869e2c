// Never locked out by one value: every string a schema of src/core or src/platform takes (stored,
// imported, or crossing contexts) has a maximum length, so a 10 MB "muscle" is refused or set aside.
import { describe, expect, it } from 'vitest';

interface ZodLike {
  _zod: { def: { type: string; checks?: { _zod: { def: { check: string; maximum?: number } } }[] } & Record<string, unknown> };
}
const isSchema = (value: unknown): value is ZodLike =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as ZodLike)._zod?.def?.type === 'string';

const maximum = (schema: ZodLike) => schema._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;

/** Every path inside `schema` to a string without a maximum length. */
function unboundedStrings(schema: ZodLike, path: string, seen = new Set<ZodLike>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def;
  const inner = (value: unknown, at: string) => (isSchema(value) ? unboundedStrings(value, at, seen) : []);
  switch (def.type) {
    case 'string':
      return maximum(schema) === undefined ? [path] : [];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => inner(value, `${path}.${key}`));
    case 'array':
      return inner(def.element, `${path}[]`);
    case 'record':
      return [...inner(def.keyType, `${path}{key}`), ...inner(def.valueType, `${path}{value}`)];
    case 'tuple':
      return [...(def.items as unknown[]), def.rest].flatMap((item, i) => inner(item, `${path}[${i}]`));
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => inner(option, `${path}|${i}`));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType, path);
    case 'pipe':
      return [...inner(def.in, path), ...inner(def.out, path)];
    case 'lazy':
      return inner((def.getter as () => unknown)(), path);
    default:
      return [];
  }
}

const modules = import.meta.glob(['../../src/core/**/*.ts', '../../src/platform/**/*.ts'], { eager: true });

describe('every string in a schema has a maximum length', () => {
  it('walks the schemas it is meant to (the stored profile, activity, races, messages)', () => {
    const names = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports as Record<string, unknown>).filter(([, value]) => isSchema(value)).map(([name]) => `${file.replace('../../src/', '')}:${name}`),
    );
    for (const expected of ['core/profile.ts:ProfileSchema', 'core/activity.ts:ActivitySchema', 'core/race/race-schema.ts:SavedRaceSchema', 'platform/messages.ts:RequestSchema', 'platform/settings.ts:SettingsSchema']) {
      expect(names).toContain(expected);
    }
  });

  it('finds an unbounded string where there is one (the walk can fail)', async () => {
    const { z } = await import('../../src/core/zod');
    expect(unboundedStrings(z.object({ list: z.optional(z.array(z.object({ name: z.string() }))) }) as unknown as ZodLike, 'probe')).toEqual(['probe.list[].name']);
  });

  it('has none unbounded', () => {
    const unbounded = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) =>
        isSchema(value) ? unboundedStrings(value, `${file.replace('../../src/', '')}:${name}`) : [],
      ),
    );
    expect(unbounded).toEqual([]);
  });
});
