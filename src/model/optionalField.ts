/**
 * `{ [key]: value }`, or nothing when the value is undefined: an optional field left out rather
 * than set to undefined (the project compiles with exactOptionalPropertyTypes), for the sources
 * and commands that build model values and options from what may be missing.
 */
export function optionalField<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
