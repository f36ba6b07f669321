/** One page of a BFF list: Recharge's objects and the cursors around them. */
export interface ListPage<Row> {
  data: Row[];
  nextCursor: string | null;
  previousCursor: string | null;
}
