import { describe, expect, it } from "vitest";
import { discountActionsFor } from "./discount-action-rules";

describe("discountActionsFor", () => {
  it("offers disable on an enabled code and enable on a disabled one, with edit and delete", () => {
    expect(discountActionsFor("enabled")).toEqual(["edit", "disable", "delete"]);
    expect(discountActionsFor("disabled")).toEqual(["edit", "enable", "delete"]);
  });

  it("leaves only delete on a fully disabled code, and nothing on a status it does not know", () => {
    expect(discountActionsFor("fully_disabled")).toEqual(["delete"]);
    expect(discountActionsFor("archived")).toEqual([]);
  });
});
