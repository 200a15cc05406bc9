/**
 * A seeded pseudo-random generator and JSON mutators for the loaders' fuzz
 * tests. Deterministic: the same seed gives the same cases, so a failure can
 * be replayed from the case number printed by the test.
 */

/** mulberry32: small, fast, good enough to pick mutations. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Values of every JSON type, including awkward ones: huge, negative, empty, deep, long. */
export function oddValue(random: Random): unknown {
  return pick(random, [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1e308,
    () => -1e308,
    () => 2 ** 53 + 1,
    () => 0.1,
    () => '',
    () => ' ',
    () => 'x'.repeat(10_000),
    () => '\u0000\u202e\ud800',
    () => '<script>alert(1)</script>',
    () => '../../../../etc/passwd',
    () => [],
    () => [1, 'a', null],
    () => ({}),
    () => ({ __proto__: { polluted: true } }),
    () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    () => nested(50),
    () => Array.from({ length: 1000 }, (_, i) => i),
  ])();
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Paths to every value in a JSON tree, so a mutation can target any of them. */
export function jsonPaths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(node)) return here.concat(...node.map((child, i) => jsonPaths(child, [...prefix, i])));
  if (node && typeof node === 'object') {
    return here.concat(...Object.entries(node).map(([key, child]) => jsonPaths(child, [...prefix, key])));
  }
  return here;
}

/** A deep copy of `doc` with one mutation at a random place: replace, delete, add an unknown key. */
export function mutateJson(doc: unknown, random: Random): unknown {
  const copy: unknown = doc === undefined ? undefined : JSON.parse(JSON.stringify(doc));
  const paths = jsonPaths(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return oddValue(random);
  const target = pick(random, paths);
  const parent = target
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  const key = target[target.length - 1] ?? 0;
  const container = parent as Record<string | number, unknown>;
  const action = random();
  if (action < 0.45) container[key] = oddValue(random);
  else if (action < 0.7) {
    if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
    else Reflect.deleteProperty(container, key);
  } else if (action < 0.85 && container && typeof container === 'object' && !Array.isArray(container)) {
    container[`unknown${Math.floor(random() * 100)}`] = oddValue(random);
  } else {
    container[key] = typeof container[key] === 'string' ? 42 : String(container[key]);
  }
  return copy;
}

/** Text damage that JSON.parse must survive: truncation, a stray byte, a BOM, garbage. */
export function mutateText(text: string, random: Random): string {
  const at = Math.floor(random() * (text.length + 1));
  return pick(random, [
    () => text.slice(0, at),
    () =>
      `${text.slice(0, at)}${pick(random, ['{', '}', ',', '"', '\u0000', '\\', ']', 'NaN'])}${text.slice(at)}`,
    () => `\ufeff${text}`,
    () => `${text}${text}`,
    () => text.replace(/"/g, "'"),
    () => '',
    () => '\u0000'.repeat(64),
    () => 'null',
    () => '[]',
    () => '"text"',
  ])();
}
