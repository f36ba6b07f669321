import { describe, expect, it } from "vitest";
import { dateRangePhrase, emptyListMessage } from "./empty-message";

describe("dateRangePhrase", () => {
  it("reads each shape of range, and nothing when no end is set", () => {
    expect(dateRangePhrase("created", "2026-01-01", "2026-02-01")).toBe(
      "created between 2026-01-01 and 2026-02-01",
    );
    expect(dateRangePhrase("processed", "2026-01-01", null)).toBe("processed on or after 2026-01-01");
    expect(dateRangePhrase("scheduled", null, "2026-02-01")).toBe("scheduled on or before 2026-02-01");
    expect(dateRangePhrase("created", null, null)).toBeNull();
  });

  it("formats both ends with the given formatter", () => {
    expect(dateRangePhrase("created", "a", "b", (value) => value.toUpperCase())).toBe(
      "created between A and B",
    );
  });
});

describe("emptyListMessage", () => {
  it("joins the phrases of the filters that are set, and says so when none is", () => {
    expect(emptyListMessage("charges", [null, false, undefined], "There are no charges yet.")).toBe(
      "There are no charges yet.",
    );
    expect(emptyListMessage("charges", ["with id 1"], "")).toBe("No charges with id 1.");
    expect(
      emptyListMessage(
        "charges",
        ["with id 1", null, "for customer 7", "created on or after 2026-01-01"],
        "",
      ),
    ).toBe("No charges with id 1, for customer 7, and created on or after 2026-01-01.");
  });
});
