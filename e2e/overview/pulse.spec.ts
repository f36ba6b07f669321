import { expect, test, type Locator, type Page } from "@playwright/test";
import { Sandbox } from "../fixtures/sandbox";

// The overview's pulse (#19): five tiles whose figures are walks of Recharge's lists, kept as shared
// snapshots. Other specs change records in the same sandbox meanwhile (and their webhooks make tiles
// stale), so a tile is compared with a walk of the sandbox made once the tile says it is not
// refreshing, again until both agree.

test.use({ storageState: "e2e/.auth/viewer.json" });

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

type Charge = { id: number; line_items: { purchase_item_id: number }[] };
type Subscription = { id: number; cancelled_at: string | null };
type AsyncBatch = { id: number; status: string };

const DAY_MS = 86_400_000;
/** A UTC day `offset` days from today, as the tiles count them. */
const utcDay = (offset = 0) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const fromDay = (day: string) => `${day}T00:00:00Z`;
const toDay = (day: string) => `${day}T23:59:59Z`;

/** Every record of a filtered list, read straight from the sandbox with the tests' read-only token. */
async function walk<T>(resource: string, filters: Record<string, string>): Promise<T[]> {
  const records: T[] = [];
  let query: URLSearchParams | null = new URLSearchParams({ ...filters, sort_by: "id-asc", limit: "250" });
  while (query) {
    const page = await sandbox.get<Record<string, unknown>>(`/${resource}?${query}`);
    records.push(...((page[resource] as T[] | undefined) ?? []));
    const next = page.next_cursor as string | null;
    query = next ? new URLSearchParams({ cursor: next, limit: "250" }) : null;
  }
  return records;
}

/** The upcoming tile's filter: queued, scheduled today … today+13 (UTC). */
const upcomingFilter = () => ({
  status: "queued",
  scheduled_at_min: fromDay(utcDay()),
  scheduled_at_max: toDay(utcDay(13)),
});

/** What each walked tile should show, counted from the sandbox itself. */
const sandboxCounts = {
  failed: async () =>
    (
      await walk("charges", {
        status: "error",
        scheduled_at_min: fromDay(utcDay(-6)),
        scheduled_at_max: toDay(utcDay()),
      })
    ).length,
  upcoming: async () => (await walk("charges", upcomingFilter())).length,
  refunds: async () => {
    const since = { updated_at_min: fromDay(utcDay(-6)) };
    const refunded = await walk("charges", { status: "refunded", ...since });
    const partly = await walk("charges", { status: "partially_refunded", ...since });
    return refunded.length + partly.length;
  },
  cancellations: async () => {
    const updated = await walk<Subscription>("subscriptions", {
      status: "cancelled",
      updated_at_min: fromDay(utcDay(-6)),
    });
    // Recharge cannot filter on cancelled_at: the tile keeps those cancelled in the window.
    return updated.filter(
      (s) => s.cancelled_at !== null && new Date(s.cancelled_at) >= new Date(fromDay(utcDay(-6))),
    ).length;
  },
};
type WalkedTile = keyof typeof sandboxCounts;

const tileOf = (page: Page, tile: string) => page.getByTestId(`pulse-${tile}`);

/** The tile's number, or why it cannot be compared yet. */
async function shownCount(tile: Locator): Promise<number | string> {
  if ((await tile.getAttribute("aria-busy")) === "true") return "refreshing";
  const figure = tile.getByTestId("pulse-figure");
  if ((await figure.count()) === 0) return "not counted yet";
  const text = (await figure.textContent()) ?? "";
  return /^[\d,]+$/.test(text) ? Number(text.replaceAll(",", "")) : `shows "${text}"`;
}

/** The tile, once not refreshing, shows what a walk of the sandbox made just after counts. */
async function expectTileToMatchSandbox(page: Page, tile: WalkedTile) {
  await expect
    .poll(
      async () => {
        const shown = await shownCount(tileOf(page, tile));
        if (typeof shown === "string") return shown;
        const counted = await sandboxCounts[tile]();
        // Read again: a refresh may have landed while the sandbox was walked.
        return shown === (await shownCount(tileOf(page, tile))) && shown === counted
          ? "equal"
          : `tile ${shown}, sandbox ${counted}`;
      },
      { message: `the ${tile} tile`, timeout: 45_000, intervals: [1_000] },
    )
    .toBe("equal");
}

/** When the tile's figures were counted (its "as of" time, to the millisecond). */
async function computedAt(page: Page, tile: WalkedTile): Promise<number> {
  const time = tileOf(page, tile).getByTestId("pulse-as-of").locator("time");
  if ((await time.count()) === 0) return 0;
  return Date.parse((await time.getAttribute("datetime")) ?? "");
}

test.describe("overview pulse", () => {
  test("the five tiles show the sandbox's own counts", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Today", level: 2 })).toBeVisible();
    for (const tile of ["failed", "upcoming", "refunds", "cancellations", "batches"]) {
      await expect(tileOf(page, tile)).toBeVisible();
    }
    for (const tile of Object.keys(sandboxCounts) as WalkedTile[]) {
      await expectTileToMatchSandbox(page, tile);
    }
    // Batches are read live: the uploads the dashboard lists, with the status the sandbox gives them.
    await expect
      .poll(
        async () => {
          const listed = (await (await page.request.get("/api/batches?limit=50")).json()) as {
            data: { id: number }[];
          };
          const ids = listed.data.map((batch) => batch.id);
          const batches = ids.length
            ? (
                await sandbox.get<{ async_batches: AsyncBatch[] }>(
                  `/async_batches?ids=${ids.join(",")}&limit=250`,
                )
              ).async_batches
            : [];
          const running = batches.filter((batch) => batch.status === "processing").length;
          const waiting = batches.filter((batch) => batch.status === "not_started").length;
          const shown = await tileOf(page, "batches").getByTestId("pulse-batches-counts").textContent();
          const expected = `${running} running · ${waiting} waiting to start`;
          return shown === expected ? "equal" : `tile "${shown}", sandbox "${expected}"`;
        },
        { message: "the batches tile", timeout: 30_000, intervals: [1_000] },
      )
      .toBe("equal");
  });

  test("a tile opens the list it counts, with the same filters", async ({ page }) => {
    await page.goto("/");
    const upcoming = tileOf(page, "upcoming");
    await upcoming.getByRole("link", { name: "Upcoming charges" }).click();
    await expect(page).toHaveURL(
      `/charges?status=queued&scheduled_at_min=${utcDay()}&scheduled_at_max=${utcDay(13)}&sort_by=scheduled_at-asc`,
    );
    await expect(page.getByLabel("Status")).toHaveValue("queued");
    const scheduled = page.getByRole("group", { name: "Scheduled" });
    await expect(scheduled.getByLabel("From", { exact: true })).toHaveValue(utcDay());
    await expect(scheduled.getByLabel("To", { exact: true })).toHaveValue(utcDay(13));

    // Refunds have no date of their own: the tile's lists are those updated in the window.
    await page.goBack();
    await tileOf(page, "refunds")
      .getByRole("link", { name: /partly refunded/i })
      .click();
    await expect(page).toHaveURL(`/charges?status=partially_refunded&updated_at_min=${utcDay(-6)}`);
    await expect(page.getByLabel("Status")).toHaveValue("partially_refunded");
    const updated = page.getByRole("group", { name: "Updated (UTC)" });
    await expect(updated.getByLabel("From", { exact: true })).toHaveValue(utcDay(-6));

    await page.goBack();
    await tileOf(page, "cancellations").getByRole("link", { name: "Cancellations" }).click();
    await expect(page).toHaveURL(`/subscriptions?status=cancelled&updated_at_min=${utcDay(-6)}`);
  });

  test("a charge skipped in Recharge leaves the upcoming tile after its webhook, without a reload", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const charge = await sandbox.claim<Charge>("charges", new URLSearchParams(upcomingFilter()).toString());
    await page.goto("/");
    // A reload would drop this mark.
    await page.evaluate(() => Object.assign(window, { pulseNoReload: true }));
    await expectTileToMatchSandbox(page, "upcoming");
    expect((await walk<Charge>("charges", upcomingFilter())).map((c) => c.id)).toContain(charge.id);

    const skippedAt = Date.now();
    await sandbox.changeElsewhere(`/charges/${charge.id}/skip`, {
      purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id),
    });
    expect((await walk<Charge>("charges", upcomingFilter())).map((c) => c.id)).not.toContain(charge.id);

    // The webhook marks the tile stale; the open page refreshes it and shows the new count.
    await expect.poll(() => computedAt(page, "upcoming"), { timeout: 45_000 }).toBeGreaterThan(skippedAt);
    await expectTileToMatchSandbox(page, "upcoming");
    expect(await page.evaluate(() => (window as { pulseNoReload?: boolean }).pulseNoReload)).toBe(true);
  });

  test("two operators opening the overview at once cause one walk, not two", async ({ browser }) => {
    test.setTimeout(120_000);
    // Make the upcoming tile stale the honest way: a counted record changes in Recharge, whose
    // webhook the app stores.
    const charge = await sandbox.claim<Charge>("charges", new URLSearchParams(upcomingFilter()).toString());
    const HOLD_MS = 3_000;
    // Every walk of the upcoming tile waits 3 s on its first page, so it holds the tile's lease at
    // least that long: two walks at once would start less than 3 s apart (the log's start times).
    const walkQuery = {
      status: "queued",
      sort_by: "id-asc",
      limit: "250",
      scheduled_at_min: fromDay(utcDay()),
    };
    const fault = await sandbox.addFault({
      method: "GET",
      path: "/charges",
      query: walkQuery,
      delay_ms: HOLD_MS,
    });
    const contexts = await Promise.all(
      [1, 2].map(() => browser.newContext({ storageState: "e2e/.auth/viewer.json" })),
    );
    try {
      const changedAt = Date.now();
      await sandbox.changeElsewhere(`/charges/${charge.id}/skip`, {
        purchase_item_ids: charge.line_items.map((item) => item.purchase_item_id),
      });
      const pages = await Promise.all(contexts.map((context) => context.newPage()));
      const opened = Date.now();
      await Promise.all(pages.map((page) => page.goto("/")));
      // Both show figures counted after the change (the walk they share), and are done refreshing.
      for (const page of pages) {
        await expect.poll(() => computedAt(page, "upcoming"), { timeout: 60_000 }).toBeGreaterThan(changedAt);
        await expect(tileOf(page, "upcoming")).toHaveAttribute("aria-busy", "false", { timeout: 30_000 });
      }

      const isWalkStart = (query: Record<string, string>) =>
        Object.entries(walkQuery).every(([key, value]) => query[key] === value);
      // The app's walks only ("admin" token): the tests' own reads of the same filter, from specs
      // running beside this one, use the read-only token.
      const starts = (await sandbox.requests("GET", "/charges"))
        .filter(
          (request) =>
            request.token === "admin" &&
            isWalkStart(request.query) &&
            Date.parse(request.time) >= opened - HOLD_MS,
        )
        .map((request) => Date.parse(request.time))
        .sort((a, b) => a - b);
      expect(starts.length, "the tile was walked").toBeGreaterThanOrEqual(1);
      // Later walks (another spec's webhook after this one) are fine; overlapping ones are not.
      const gaps = starts.slice(1).map((start, index) => start - starts[index]!);
      for (const gap of gaps)
        expect(gap, `walks started ${gap} ms apart`).toBeGreaterThanOrEqual(HOLD_MS - 100);
    } finally {
      await sandbox.removeFault(fault);
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
