import { describe, expect, it } from "vitest";
import { chargesEmptyMessage } from "./charge-empty-message";

const none = {
  status: null,
  customer_id: null,
  ids: null,
  scheduled_at_min: null,
  scheduled_at_max: null,
  processed_at_min: null,
  processed_at_max: null,
  created_at_min: null,
  created_at_max: null,
  updated_at_min: null,
  updated_at_max: null,
};

describe("chargesEmptyMessage", () => {
  it("says there are none yet when nothing is filtered", () => {
    expect(chargesEmptyMessage(none)).toBe("There are no charges yet.");
  });

  it("names the id searched for", () => {
    expect(chargesEmptyMessage({ ...none, ids: "1" })).toBe("No charges with id 1.");
  });

  it("names the updated range the overview's refunds tile links with", () => {
    expect(chargesEmptyMessage({ ...none, status: "refunded", updated_at_min: "2026-11-30" })).toBe(
      "No charges with status “refunded” and updated on or after 2026-11-30.",
    );
  });

  it("names every active filter, statuses as the badges read them", () => {
    expect(
      chargesEmptyMessage({
        ...none,
        status: "partially_refunded",
        customer_id: "93414978",
        scheduled_at_min: "2026-01-01",
        processed_at_max: "2026-02-01",
        created_at_min: "2025-12-01",
        created_at_max: "2025-12-31",
      }),
    ).toBe(
      "No charges with status “partially refunded”, for customer 93414978, scheduled on or after 2026-01-01, processed on or before 2026-02-01, and created between 2025-12-01 and 2025-12-31.",
    );
  });
});
