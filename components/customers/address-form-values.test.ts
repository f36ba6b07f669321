import { describe, expect, it } from "vitest";
import { addressFormValues, changedAddressFields } from "./address-form-values";

const address = {
  first_name: "Owen",
  last_name: "Cooper",
  company: null,
  address1: "7790 Church St",
  address2: null,
  city: "Chicago",
  province: "Illinois",
  zip: "60601",
  country_code: "US",
  phone: null,
};

describe("edit address form", () => {
  it("starts from the address, with empty text for what Recharge left null or out", () => {
    const values = addressFormValues(address);
    expect(values.company).toBe("");
    expect(values.city).toBe("Chicago");
    expect(addressFormValues({}).zip).toBe("");
  });

  it("sends only the fields the operator changed", () => {
    const initial = addressFormValues(address);
    expect(changedAddressFields(initial, { ...initial })).toEqual({});
    expect(
      changedAddressFields(initial, { ...initial, city: "Toronto", province: "ON", country_code: "ca" }),
    ).toEqual({ city: "Toronto", province: "ON", country_code: "ca" });
  });

  it("ignores surrounding spaces and a country code's case, and sends a cleared field as empty", () => {
    const initial = addressFormValues(address);
    expect(changedAddressFields(initial, { ...initial, city: " Chicago ", country_code: "us" })).toEqual({});
    expect(changedAddressFields(initial, { ...initial, zip: "" })).toEqual({ zip: "" });
    expect(changedAddressFields(initial, { ...initial, phone: "+1 312 555 0148" })).toEqual({
      phone: "+1 312 555 0148",
    });
  });
});
