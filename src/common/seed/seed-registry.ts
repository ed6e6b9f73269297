// What earlier seed parts created, for later parts to build on (cards need customers' ids and incomes,
// loans need their birth dates…). Keys are typed, so a reader gets exactly the type the writer stored.

/** A typed name for one registry entry. The type parameter exists only at compile time. */
export interface RegistryKey<T> {
  readonly name: string;
  /** Phantom field: never set, it only ties the key to T. */
  readonly __value?: T;
}

export function registryKey<T>(name: string): RegistryKey<T> {
  return { name };
}

export class SeedRegistry {
  private readonly entries = new Map<string, unknown>();

  /** Records a part's output. Each key is written once: two writers would make readers order-dependent. */
  set<T>(key: RegistryKey<T>, value: T): void {
    if (this.entries.has(key.name)) throw new Error(`The seed registry already holds "${key.name}"`);
    this.entries.set(key.name, value);
  }

  get<T>(key: RegistryKey<T>): T {
    if (!this.entries.has(key.name)) {
      throw new Error(
        `The seed registry holds no "${key.name}" yet: name the part that records it in this part's dependsOn`,
      );
    }
    return this.entries.get(key.name) as T;
  }

  has(key: RegistryKey<unknown>): boolean {
    return this.entries.has(key.name);
  }
}
