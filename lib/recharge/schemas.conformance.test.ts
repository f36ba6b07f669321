import "server-only";
import { readFileSync } from "node:fs";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OperatorProvider } from "@/components/auth/operator-context";
import { ChargeDetail } from "@/components/charges/charge-detail";
import { ChargeStatusBadge } from "@/components/charges/charge-status-badge";
import { getChargesTableColumns } from "@/components/charges/charges-table-columns";
import { AddressCard } from "@/components/customers/address-card";
import { CustomerProfile } from "@/components/customers/customer-profile";
import { getCustomersTableColumns } from "@/components/customers/customers-table-columns";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import { DiscountDetail } from "@/components/discounts/discount-detail";
import { SubscriptionActionsSection } from "@/components/subscriptions/subscription-actions";
import {
  SettingsSection,
  SubscriptionOverviewSection,
} from "@/components/subscriptions/subscription-detail-sections";
import { SubscriptionStatusBadge } from "@/components/subscriptions/subscription-status-badge";
import { getSubscriptionsTableColumns } from "@/components/subscriptions/subscriptions-table-columns";
import { toListBody } from "@/lib/api/list-body";
import type { UnreadableRecords } from "@/lib/queries/list-page";
import { chargeQueries } from "@/lib/queries/charges";
import { discountQueries } from "@/lib/queries/discounts";
import { createRechargeClient } from "./client";
import { addressSchema, type Address } from "./schemas/address";
import { chargeEnvelopeSchema, type Charge } from "./schemas/charge";
import { customerEnvelopeSchema, type Customer } from "./schemas/customer";
import { discountEnvelopeSchema, type Discount } from "./schemas/discount";
import { subscriptionEnvelopeSchema, type Subscription } from "./schemas/subscription";
import { singleEnvelopeSchema } from "./schemas/list-envelope";

// The client half of Recharge conformance (issue #14): real-shaped answers (conformance/README.md says
// where each comes from) are read by the client's schemas and rendered by the components that show
// them. The tolerant reader's promises: an unknown status is shown as sent, in a neutral badge, with
// no action offered; a documented field that is missing or null is shown as "—"; one unreadable
// record is left out of its page, which says so, while the rest of the page shows.

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./conformance/${name}`, import.meta.url), "utf8"));

const addressEnvelopeSchema = singleEnvelopeSchema("address", addressSchema);
const customer = (name: string): Customer => customerEnvelopeSchema.parse(fixture(name)).customer;
const address = (name: string): Address => addressEnvelopeSchema.parse(fixture(name)).address;
const subscription = (name: string): Subscription =>
  subscriptionEnvelopeSchema.parse(fixture(name)).subscription;
const charge = (name: string): Charge => chargeEnvelopeSchema.parse(fixture(name)).charge;
const discount = (name: string): Discount => discountEnvelopeSchema.parse(fixture(name)).discount;

const admin = { id: "op_1", email: "admin@example.com", name: "Admin", role: "admin" as const };

/** Server-side markup as an admin sees it, with `cached` detail records already in react-query. */
function render(element: ReactElement, cached: Array<[readonly unknown[], unknown]> = []): string {
  const client = new QueryClient();
  for (const [key, data] of cached) client.setQueryData(key, data);
  return renderToStaticMarkup(
    h(QueryClientProvider, { client }, h(OperatorProvider, { operator: admin, children: element })),
  );
}

/** One row's cells as text, in column order. */
const cellTexts = (html: string) =>
  [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ""));

/** The value of a `<dt>label</dt><dd>value</dd>` pair, as text. */
function described(html: string, label: string): string | undefined {
  const match = new RegExp(`<dt[^>]*>${label}</dt><dd[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, "");
}

function TableHarness<Row extends { id: number }>({
  columns,
  rows,
  unreadable = null,
}: {
  columns: Parameters<typeof useDataTable<Row>>[0]["columns"];
  rows: Row[];
  unreadable?: UnreadableRecords | null;
}): ReactNode {
  const table = useDataTable<Row>({ columns, data: rows, getRowId: (row) => String(row.id) });
  return h(DataTable<Row>, { table, caption: "Rows", pageSize: 25, unreadable });
}
const table = <Row extends { id: number }>(
  columns: Parameters<typeof useDataTable<Row>>[0]["columns"],
  rows: Row[],
  unreadable?: UnreadableRecords,
) => render(h(TableHarness<Row>, { columns, rows, unreadable }));

afterEach(() => vi.restoreAllMocks());

describe("customers", () => {
  it("reads the storefront client's Customer (E1) and shows its phone and tax status", () => {
    const html = render(h(CustomerProfile, { customer: customer("customer-e1.json") }));
    expect(described(html, "Phone")).toBe("+13125550148");
    expect(described(html, "Tax exempt")).toBe("No");
    expect(described(html, "Subscriptions")).toBe("1 active of 2");
  });

  it("reads a customer captured in 2022 without phone or tax_exempt, showing — for both", () => {
    const html = render(h(CustomerProfile, { customer: customer("customer-captured-2022.json") }));
    expect(described(html, "Name")).toBe("Maria Lopez");
    expect(described(html, "Phone")).toBe("—");
    expect(described(html, "Tax exempt")).toBe("—");
  });

  it("reads a customer with null in every optional field: profile and list row show —", () => {
    const nulls = customer("customer-all-nulls.json");
    const html = render(h(CustomerProfile, { customer: nulls }));
    for (const label of ["Name", "Email", "Phone", "Tax exempt", "Payment method", "Subscriptions"])
      expect(described(html, label), label).toBe("—");
    const [id, name, email, active, payment, created, updated] = cellTexts(
      table(getCustomersTableColumns(), [nulls]),
    );
    expect([id, name]).toEqual(["#41102878", "Customer #41102878"]);
    expect([email, active, payment, created, updated]).toEqual(["—", "—", "—", "—", "—"]);
  });
});

describe("addresses", () => {
  it("reads the storefront client's Address (E1), whose discounts carry only an id", () => {
    const html = render(h(AddressCard, { address: address("address-e1.json") }));
    expect(html).toContain("7790 Church St");
    expect(html).toContain("#138540173");
  });

  it("reads an address with null in every optional field, showing — for each", () => {
    const html = render(h(AddressCard, { address: address("address-all-nulls.json") }));
    expect(described(html, "Currency")).toBe("—");
    expect(described(html, "Phone")).toBe("—");
    expect(html).toContain(">—</span>"); // the country line
  });
});

describe("subscriptions", () => {
  it("reads the storefront client's SubscriptionBase (E1) and offers its actions", () => {
    const row = subscription("subscription-e1.json");
    const html = table(getSubscriptionsTableColumns(), [row]);
    expect(cellTexts(html)).toContain("active");
    expect(html).toContain('aria-label="Actions for subscription #312877501"');
  });

  it("shows an unknown status (paused) as sent, in a neutral badge, and offers no action on it", () => {
    const paused = subscription("subscription-paused.json");
    expect(paused.status).toBe("paused");
    const badge = render(h(SubscriptionStatusBadge, { status: paused.status }));
    expect(badge).toContain('data-tone="neutral"');
    expect(badge).toContain("paused");

    const row = table(getSubscriptionsTableColumns(), [paused]);
    expect(cellTexts(row)).toContain("paused");
    expect(row).not.toContain("Actions for subscription");

    const actions = render(h(SubscriptionActionsSection, { subscription: paused }));
    expect(actions).not.toContain("<button");
    expect(actions).toContain("does not know the status “paused”");
  });

  it("reads a subscription with null in every optional field, showing — for each", () => {
    const nulls = subscription("subscription-all-nulls.json");
    const overview = render(h(SubscriptionOverviewSection, { subscription: nulls }));
    for (const label of ["Product", "Variant", "SKU", "Price", "Quantity", "Interval", "Next charge"])
      expect(described(overview, label), label).toBe("—");
    const settings = render(h(SettingsSection, { subscription: nulls }));
    for (const label of ["Prepaid", "Skippable", "Has queued charges", "Max retries reached"])
      expect(described(settings, label), label).toBe("—");
  });
});

describe("charges", () => {
  const columns = getChargesTableColumns({ onRowAction: () => undefined });
  const renderCharge = (record: Charge) =>
    render(h(ChargeDetail, { id: String(record.id) }), [[chargeQueries.keys.detail(record.id), record]]);

  it("reads the storefront client's Charge (E1) and offers a refund of a successful one", () => {
    const e1 = charge("charge-e1.json");
    const html = table(columns, [e1]);
    expect(cellTexts(html)).toContain("success");
    expect(html).toContain('aria-label="Actions for charge #801234567"');
    expect(renderCharge(e1)).toMatch(/<button[^>]*>Refund<\/button>/);
  });

  it("shows an unknown status (uncaptured) as sent, in a neutral badge, and offers no action on it", () => {
    const uncaptured = charge("charge-uncaptured.json");
    const badge = render(h(ChargeStatusBadge, { status: uncaptured.status }));
    expect(badge).toContain('data-tone="neutral"');
    expect(badge).toContain("uncaptured");

    const row = table(columns, [uncaptured]);
    expect(cellTexts(row)).toContain("uncaptured");
    expect(row).not.toContain("Actions for charge");

    const detail = renderCharge(uncaptured);
    expect(detail).toContain("uncaptured");
    expect(detail).toContain("does not know the status “uncaptured”");
    expect(detail).not.toMatch(/<button[^>]*>(Refund|Skip|Unskip|Process now)<\/button>/);
  });

  it("reads a discount value sent as a number and shows it like a string one", () => {
    const withNumber = charge("charge-numeric-discount.json");
    expect(withNumber.discounts[0]?.value).toBe("10");
    const html = renderCharge(withNumber);
    expect(html).toContain("SAVE10");
    expect(html).toContain("10% off");
  });

  it("reads a charge with null in every optional field: detail and list row show —", () => {
    const nulls = charge("charge-all-nulls.json");
    const html = renderCharge(nulls);
    expect(html).toContain("a customer Recharge did not name");
    for (const label of ["Scheduled", "Processed", "Orders created", "Refunded so far", "Discounts"])
      expect(described(html, label), label).toBe("—");
    const [, customerCell, scheduled, processed, , status, type, items] = cellTexts(table(columns, [nulls]));
    expect([customerCell, scheduled, processed, type, items]).toEqual(["—", "—", "—", "—", "—"]);
    expect(status).toBe("queued");
  });
});

describe("discounts", () => {
  const renderDiscount = (record: Discount) =>
    render(h(DiscountDetail, { id: String(record.id) }), [[discountQueries.keys.detail(record.id), record]]);

  it("reads a 2021-11 admin discount with every documented field", () => {
    const html = renderDiscount(discount("discount-2021-11.json"));
    expect(html).toContain("FRIENDS20-BDL4");
    expect(html).toContain("$20.00 off");
    expect(described(html, "First-time customers only")).toBe("Yes");
  });

  it("reads a discount with null in every optional field, showing — for each", () => {
    const html = renderDiscount(discount("discount-all-nulls.json"));
    expect(html).toContain("Discount #138540174");
    for (const label of ["Code", "Value", "Type", "Starts", "Once per customer", "First-time customers only"])
      expect(described(html, label), label).toBe("—");
  });
});

describe("a list page with one unreadable record", () => {
  it("leaves it out, counts it with the page's request id, and the page says so above the rest", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fetch = vi.fn<typeof globalThis.fetch>();
    fetch.mockResolvedValue(
      Response.json(fixture("charges-page-one-unreadable.json"), {
        headers: { "X-Request-Id": "req_conformance_1" },
      }),
    );
    const client = createRechargeClient({ baseUrl: "http://127.0.0.1:9", token: "t", fetch });

    const page = await client.charges.list();
    expect(page.items.map((item) => item.id)).toEqual([801234567, 801234568, 801234569]);
    expect(page).toMatchObject({ unreadableCount: 1, requestId: "req_conformance_1" });
    expect(console.warn).toHaveBeenCalledOnce();

    const body = toListBody(page);
    expect(body.unreadable).toEqual({ count: 1, requestId: "req_conformance_1" });
    const html = table(getChargesTableColumns({ onRowAction: () => undefined }), body.data, body.unreadable);
    expect(html).toContain('data-testid="unreadable-records"');
    expect(html).toContain("1 record could not be read (request id req_conformance_1)");
    for (const id of ["#801234567", "#801234568", "#801234569"]) expect(html).toContain(id);
    expect(html).not.toContain("#801234571");
  });
});
