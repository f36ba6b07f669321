// Where tax and shipping come from: a country (and for the US/Canada a province) decides the rate,
// whether prices include it (VAT/GST countries) and the standard shipping price.

/** Rates are parts per 100,000 so that 6.875% stays an integer. */
export interface TaxRule {
  rate: number;
  included: boolean;
  title: string;
}

const US_STATE_RATES: Readonly<Record<string, number>> = {
  California: 7250,
  "New York": 4000,
  Texas: 6250,
  Illinois: 6250,
  Arizona: 5600,
  Pennsylvania: 6000,
  Washington: 6500,
  Oregon: 0,
  Colorado: 2900,
  Florida: 6000,
  Georgia: 4000,
  Massachusetts: 6250,
  Tennessee: 7000,
  Minnesota: 6875,
  Utah: 6100,
  "North Carolina": 4750,
};

const CA_PROVINCE_RATES: Readonly<Record<string, readonly [number, string]>> = {
  Ontario: [13000, "HST"],
  "British Columbia": [12000, "GST + PST"],
  Quebec: [14975, "GST + QST"],
  Alberta: [5000, "GST"],
};

const VAT_RATES: Readonly<Record<string, readonly [number, string]>> = {
  GB: [20000, "VAT"],
  DE: [19000, "MwSt"],
  FR: [20000, "TVA"],
  NL: [21000, "BTW"],
  AU: [10000, "GST"],
};

export function taxRuleFor(countryCode: string, province: string | null): TaxRule {
  if (countryCode === "US") {
    return {
      rate: US_STATE_RATES[province ?? ""] ?? 5000,
      included: false,
      title: `${province ?? "State"} Tax`,
    };
  }
  if (countryCode === "CA") {
    const [rate, title] = CA_PROVINCE_RATES[province ?? ""] ?? [5000, "GST"];
    return { rate, included: false, title };
  }
  const [rate, title] = VAT_RATES[countryCode] ?? [0, "Tax"];
  return { rate, included: true, title };
}

/** "0.0725" for 7,250 parts per 100,000: rates print with 4 decimals (api-standards-2021-11.txt:21). */
export function formatRate(rate: number): string {
  return (rate / 100_000).toFixed(4);
}

const SHIPPING_CENTS: Readonly<Record<string, number>> = { US: 599, CA: 899, GB: 499, AU: 999 };
const FREE_SHIPPING_FROM_CENTS = 3500;

/** Standard shipping for a destination, free from a threshold in the charge's currency. */
export function shippingCentsFor(countryCode: string, lineItemsCents: number): number {
  if (lineItemsCents >= FREE_SHIPPING_FROM_CENTS) return 0;
  return SHIPPING_CENTS[countryCode] ?? 599;
}
