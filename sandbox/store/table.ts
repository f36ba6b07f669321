// One resource's rows, kept in a map by id; in one sorted array per sortable field (ordered by
// (value, id) ascending, which keyset paging walks with binary search), optionally split once more by
// a partition (charges by status, so `status=queued` walks only queued charges); and in equality
// indexes for the filters that are usually selective (customer_id, address_id, …).

export type SortValue = string | number;
export type IndexValue = string | number;

export interface TableSchema<T> {
  sortKeys: Readonly<Record<string, (row: T) => SortValue>>;
  indexes: Readonly<Record<string, (row: T) => readonly IndexValue[]>>;
  /** At most one partition: every sort index is also kept per value of this field. */
  partition?: { name: string; value: (row: T) => string };
}

/** Compares a row's (value, id) with a position; the basis of every sorted-array search. */
export function comparePosition(
  value: SortValue,
  id: number,
  otherValue: SortValue,
  otherId: number,
): number {
  if (value < otherValue) return -1;
  if (value > otherValue) return 1;
  return id - otherId;
}

/** First index whose (value, id) is ≥ (or > when `strict`) the position. */
export function searchSorted<T extends { id: number }>(
  rows: readonly T[],
  key: (row: T) => SortValue,
  value: SortValue,
  id: number,
  strict: boolean,
): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const row = rows[mid] as T;
    const cmp = comparePosition(key(row), row.id, value, id);
    if (cmp < 0 || (strict && cmp === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class Table<T extends { id: number }> {
  private readonly rows = new Map<number, T>();
  /** Sorted arrays by `field` and by `field|partition value`. */
  private readonly sorted = new Map<string, T[]>();
  // An index entry is the row itself while it is the only one: most values (an order's charge, a
  // customer's email) are unique, and a Set per value would double the memory at scale 10.
  private readonly indexes = new Map<string, Map<IndexValue, T | Set<T>>>();

  constructor(private readonly schema: TableSchema<T>) {
    for (const name of Object.keys(schema.indexes)) this.indexes.set(name, new Map());
  }

  get size(): number {
    return this.rows.size;
  }

  get partitionName(): string | undefined {
    return this.schema.partition?.name;
  }

  get(id: number): T | undefined {
    return this.rows.get(id);
  }

  sortKey(field: string): ((row: T) => SortValue) | undefined {
    return this.schema.sortKeys[field];
  }

  /** Rows ordered by (field, id) ascending, all of them or one partition's. Read-only: the live index. */
  sortedBy(field: string, partitionValue?: string): readonly T[] {
    if (!this.schema.sortKeys[field]) throw new Error(`no sort index ${field}`);
    return this.sorted.get(partitionValue === undefined ? field : `${field}|${partitionValue}`) ?? [];
  }

  /** Rows whose index `index` holds `value`. */
  lookup(index: string, value: IndexValue): T[] {
    const entry = this.indexes.get(index)?.get(value);
    if (entry === undefined) return [];
    return entry instanceof Set ? [...entry] : [entry];
  }

  /** How many rows `lookup` would return, without building the list. */
  count(index: string, value: IndexValue): number {
    const entry = this.indexes.get(index)?.get(value);
    return entry === undefined ? 0 : entry instanceof Set ? entry.size : 1;
  }

  /** Loads many rows at once (seeding): one sort per array instead of one insert per row. */
  load(rows: readonly T[]): void {
    for (const row of rows) {
      this.rows.set(row.id, row);
      this.index(row);
      for (const [name] of this.sortLists(row)) this.list(name).push(row);
    }
    for (const [name, list] of this.sorted) {
      const key = this.schema.sortKeys[name.split("|")[0] as string] as (row: T) => SortValue;
      list.sort((a, b) => comparePosition(key(a), a.id, key(b), b.id));
    }
  }

  insert(row: T): T {
    if (this.rows.has(row.id)) throw new Error(`duplicate id ${row.id}`);
    this.rows.set(row.id, row);
    this.index(row);
    for (const [name, key] of this.sortLists(row)) {
      const list = this.list(name);
      list.splice(searchSorted(list, key, key(row), row.id, false), 0, row);
    }
    return row;
  }

  remove(row: T): void {
    if (this.rows.get(row.id) !== row) return;
    this.rows.delete(row.id);
    this.unindex(row);
    for (const [name, key] of this.sortLists(row)) {
      const list = this.list(name);
      const at = searchSorted(list, key, key(row), row.id, false);
      if (list[at] === row) list.splice(at, 1);
    }
  }

  /** The only way to change a stored row: indexes are taken out before and put back after. */
  update(row: T, change: (row: T) => void): T {
    this.remove(row);
    change(row);
    return this.insert(row);
  }

  /** The sorted arrays a row belongs in, with their key functions. */
  private *sortLists(row: T): Generator<[string, (row: T) => SortValue]> {
    const partition = this.schema.partition?.value(row);
    for (const [field, key] of Object.entries(this.schema.sortKeys)) {
      yield [field, key];
      if (partition !== undefined) yield [`${field}|${partition}`, key];
    }
  }

  private list(name: string): T[] {
    let list = this.sorted.get(name);
    if (!list) this.sorted.set(name, (list = []));
    return list;
  }

  private index(row: T): void {
    for (const [name, map] of this.indexes) {
      for (const value of (this.schema.indexes[name] as (row: T) => readonly IndexValue[])(row)) {
        const entry = map.get(value);
        if (entry === undefined) map.set(value, row);
        else if (entry instanceof Set) entry.add(row);
        else if (entry !== row) map.set(value, new Set([entry, row]));
      }
    }
  }

  private unindex(row: T): void {
    for (const [name, map] of this.indexes) {
      for (const value of (this.schema.indexes[name] as (row: T) => readonly IndexValue[])(row)) {
        const entry = map.get(value);
        if (entry === row) map.delete(value);
        else if (entry instanceof Set) {
          entry.delete(row);
          if (entry.size === 1) map.set(value, entry.values().next().value as T);
        }
      }
    }
  }
}
