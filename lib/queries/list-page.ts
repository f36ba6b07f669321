/**
 * Records of a page that Recharge sent but the server could not read, so they were left out; the
 * request id is what to quote to Recharge about them (null when Recharge sent none).
 */
export interface UnreadableRecords {
  count: number;
  requestId: string | null;
}

/**
 * One page of a BFF list: Recharge's objects and the cursors around them, plus `unreadable` when
 * records of the page could not be read (absent otherwise).
 */
export interface ListPage<Row> {
  data: Row[];
  nextCursor: string | null;
  previousCursor: string | null;
  unreadable?: UnreadableRecords;
}
