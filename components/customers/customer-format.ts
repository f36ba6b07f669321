// Display text for customers and their addresses, shared by the list and the detail page.
import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import type { Address, DiscountRef } from "@/lib/recharge/schemas/address";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { isKnownDiscountValueType } from "@/lib/schemas/recharge-enums";

type Named = { first_name?: string | null; last_name?: string | null };

/** "Owen Cooper"; null when Recharge has neither name. */
export function personName(person: Named): string | null {
  const name = [person.first_name, person.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  return name === "" ? null : name;
}

/** A customer's title: their name, else their email, else (Recharge sent neither) their id. */
export function customerTitle(customer: Pick<Customer, "id" | "first_name" | "last_name" | "email">): string {
  return personName(customer) ?? (customer.email?.trim() || `Customer #${customer.id}`);
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "United States (US)"; the code alone when the runtime does not know it. */
export function countryName(code: string | null | undefined): string {
  if (!code) return MISSING_VALUE;
  const upper = code.toUpperCase();
  try {
    const name = regionNames.of(upper);
    return name && name !== upper && name !== "Unknown Region" ? `${name} (${upper})` : upper;
  } catch {
    return code; // not a region code at all ("usa")
  }
}

/** The postal lines of an address, empty ones dropped: street, unit, "City, Province Zip". */
export function addressLines(address: Address): string[] {
  const locality = [address.city, [address.province, address.zip].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return [address.company, address.address1, address.address2, locality].filter((line): line is string =>
    Boolean(line && line.trim()),
  );
}

/** "10% off", "$5.00 off", "Free shipping"; just the code's value as sent when the type is unknown. */
export function discountValueLabel(discount: DiscountRef, currency: string | null | undefined): string {
  const value = discount.value;
  if (!value) return MISSING_VALUE;
  const type = discount.value_type;
  if (!isKnownDiscountValueType(type)) return type ? `${value} (${type})` : value;
  const percent = `${value.replace(/\.0+$/, "")}%`;
  switch (type) {
    case "percentage":
      return `${percent} off`;
    case "fixed_amount":
      return currency ? `${formatMoney(value, currency)} off` : `${value} off`;
    case "shipping":
      return Number(value) >= 100 ? "Free shipping" : `${percent} off shipping`;
  }
}
