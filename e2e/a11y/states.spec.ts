import { expect, test, type Page, type Route } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { Sandbox } from "../fixtures/sandbox";

// Every list and detail page in its loading, empty and error states, through axe (the loaded state
// of every page is swept by pages.spec.ts). Each test aims at a record of its own (`nth` for the
// loading test, `nth + 10` for the error test, both unused by other specs), so the sandbox faults
// here fail only this test's calls, even with the tests running in parallel.

test.use({ storageState: "e2e/.auth/admin.json" });

type Record_ = { id: number; code?: string };

interface StateTarget {
  name: string;
  /** Which sandbox record the page is about, and how to find it. */
  pick: { resource: string; filter: string };
  page: (record: Record_) => string;
  /** The sandbox call the page's data comes from (the server's prefetch and the BFF both make it). */
  upstream: (record: Record_) => { path: string; query?: Record<string, string> };
  /** The browser's own request for that data. */
  api: (record: Record_) => (url: URL) => boolean;
  /** The page for a record that does not exist, or a list filtered to nothing. */
  empty: string;
  emptyTestId: string;
  errorTestId: string;
}

const listApi = (path: string, key: string, value: string) => (url: URL) =>
  url.pathname === path && url.searchParams.get(key) === value;
const detailApi = (path: string) => (url: URL) => url.pathname === path;

const targets: StateTarget[] = [
  {
    name: "/customers",
    pick: { resource: "customers", filter: "" },
    page: ({ id }) => `/customers?ids=${id}`,
    upstream: ({ id }) => ({ path: "/customers", query: { ids: String(id) } }),
    api: ({ id }) => listApi("/api/customers", "ids", String(id)),
    empty: "/customers?email=nobody-at-all@example.com",
    emptyTestId: "data-table-empty",
    errorTestId: "data-table-error",
  },
  {
    name: "/subscriptions",
    pick: { resource: "customers", filter: "" },
    page: ({ id }) => `/subscriptions?customer_id=${id}`,
    upstream: ({ id }) => ({ path: "/subscriptions", query: { customer_id: String(id) } }),
    api: ({ id }) => listApi("/api/subscriptions", "customer_id", String(id)),
    empty: "/subscriptions?ids=1",
    emptyTestId: "data-table-empty",
    errorTestId: "data-table-error",
  },
  {
    name: "/charges",
    pick: { resource: "customers", filter: "" },
    page: ({ id }) => `/charges?customer_id=${id}`,
    upstream: ({ id }) => ({ path: "/charges", query: { customer_id: String(id) } }),
    api: ({ id }) => listApi("/api/charges", "customer_id", String(id)),
    empty: "/charges?ids=1",
    emptyTestId: "data-table-empty",
    errorTestId: "data-table-error",
  },
  {
    name: "/discounts",
    pick: { resource: "discounts", filter: "" },
    page: ({ code }) => `/discounts?discount_code=${encodeURIComponent(code ?? "")}`,
    upstream: ({ code }) => ({ path: "/discounts", query: { discount_code: code ?? "" } }),
    api: ({ code }) => listApi("/api/discounts", "discount_code", code ?? ""),
    empty: "/discounts?discount_code=NO-SUCH-CODE-ANYWHERE",
    emptyTestId: "data-table-empty",
    errorTestId: "data-table-error",
  },
  {
    name: "/customers/[id]",
    pick: { resource: "customers", filter: "" },
    page: ({ id }) => `/customers/${id}`,
    upstream: ({ id }) => ({ path: `/customers/${id}` }),
    api: ({ id }) => detailApi(`/api/customers/${id}`),
    empty: "/customers/1",
    emptyTestId: "customer-not-found",
    errorTestId: "load-error",
  },
  {
    name: "/subscriptions/[id]",
    pick: { resource: "subscriptions", filter: "status=active" },
    page: ({ id }) => `/subscriptions/${id}`,
    upstream: ({ id }) => ({ path: `/subscriptions/${id}` }),
    api: ({ id }) => detailApi(`/api/subscriptions/${id}`),
    empty: "/subscriptions/1",
    emptyTestId: "detail-not-found",
    errorTestId: "load-error",
  },
  {
    name: "/charges/[id]",
    pick: { resource: "charges", filter: "status=refunded" },
    page: ({ id }) => `/charges/${id}`,
    upstream: ({ id }) => ({ path: `/charges/${id}` }),
    api: ({ id }) => detailApi(`/api/charges/${id}`),
    empty: "/charges/1",
    emptyTestId: "detail-not-found",
    errorTestId: "load-error",
  },
  {
    name: "/discounts/[id]",
    pick: { resource: "discounts", filter: "" },
    page: ({ id }) => `/discounts/${id}`,
    upstream: ({ id }) => ({ path: `/discounts/${id}` }),
    api: ({ id }) => detailApi(`/api/discounts/${id}`),
    empty: "/discounts/1",
    emptyTestId: "detail-not-found",
    errorTestId: "load-error",
  },
];

/** Holds the browser's matching requests until `release()`; they then go on to the real server. */
async function holdRequests(page: Page, matches: (url: URL) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Promise<void>((resolve) => {
    void page.route(
      (url) => matches(url),
      async (route: Route) => {
        resolve();
        await released;
        await route.continue();
      },
    );
  });
  return { held, release };
}

let sandbox: Sandbox;

test.beforeAll(async () => {
  sandbox = await Sandbox.connect();
});

test.afterAll(async () => {
  await sandbox.close();
});

test.describe("accessibility (axe, WCAG 2.2 AA) of every list and detail page's states", () => {
  // Each test loads a page through a fault and then runs axe: under a full parallel run that has
  // taken 19 s of the default 30 (CI logs), so each gets the slow budget.
  test.slow();
  for (const target of targets) {
    test(`${target.name}, loading`, async ({ page }) => {
      const record = await sandbox.claim<Record_>(target.pick.resource, target.pick.filter);
      // The server's prefetch is refused once (a 4xx is not retried), so the page renders without
      // the data and the browser asks for it; that request is held while axe looks at the page.
      const fault = await sandbox.addFault({
        method: "GET",
        ...target.upstream(record),
        status: 422,
        times: 1,
      });
      const { held, release } = await holdRequests(page, target.api(record));
      try {
        await page.goto(target.page(record));
        await held;
        await expect(page.locator('[aria-busy="true"]').first()).toBeVisible();
        await expectNoAxeViolations(page);
      } finally {
        release();
        await sandbox.removeFault(fault);
      }
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expect(page.getByTestId(target.errorTestId)).toHaveCount(0);
    });

    test(`${target.name}, empty`, async ({ page }) => {
      await page.goto(target.empty);
      await expect(page.getByTestId(target.emptyTestId)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`${target.name}, error`, async ({ page }) => {
      const record = await sandbox.claim<Record_>(target.pick.resource, target.pick.filter);
      const fault = await sandbox.addFault({ method: "GET", ...target.upstream(record), status: 503 });
      try {
        await page.goto(target.page(record));
        // The error shows after the server's three attempts, the page's hydration and the BFF's
        // three attempts. Beside another worker's actions on a 2-core machine, hydration alone has
        // taken 5 s (a trace of a run that failed at 10 s), so the wait allows for the whole path.
        await expect(page.getByTestId(target.errorTestId)).toBeVisible({ timeout: 25_000 });
        await expectNoAxeViolations(page);
      } finally {
        await sandbox.removeFault(fault);
      }
    });
  }
});
