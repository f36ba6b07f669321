// The store's catalogue: subscription products with variants and USD prices (other currencies are
// derived from these when seeding).

export interface Variant {
  title: string;
  sku: string;
  externalVariantId: string;
  priceCents: number;
  /** Shipping weight, as line items and charges print it (`grams`, `total_weight_grams`). */
  grams: number;
}

export interface Product {
  title: string;
  /** The platform's URL slug, printed as a line item's `handle`. */
  handle: string;
  externalProductId: string;
  variants: readonly Variant[];
}

type VariantSpec = readonly [title: string, priceCents: number, grams: number];

/** "Chicken & Rice Cat Food" → "chicken-rice-cat-food", as Shopify derives handles. */
function handleOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const specs: readonly (readonly [title: string, skuPrefix: string, variants: readonly VariantSpec[]])[] = [
  [
    "Morning Ritual Coffee",
    "COF-MR",
    [
      ["Whole Bean / 12 oz", 1795, 340],
      ["Ground / 12 oz", 1795, 340],
      ["Whole Bean / 2 lb", 3900, 907],
    ],
  ],
  [
    "Night Owl Decaf Coffee",
    "COF-NO",
    [
      ["Whole Bean / 12 oz", 1895, 340],
      ["Ground / 12 oz", 1895, 340],
    ],
  ],
  [
    "Cold Brew Concentrate",
    "COF-CB",
    [
      ["32 oz", 2400, 1000],
      ["2 × 32 oz", 4500, 2000],
    ],
  ],
  [
    "Single-Origin Espresso Pods",
    "COF-EP",
    [
      ["20 pods", 1400, 110],
      ["60 pods", 3800, 330],
    ],
  ],
  [
    "Earl Grey Loose Leaf Tea",
    "TEA-EG",
    [
      ["100 g", 1250, 120],
      ["250 g", 2600, 280],
    ],
  ],
  [
    "Sencha Green Tea",
    "TEA-SG",
    [
      ["100 g", 1400, 120],
      ["250 g", 2900, 280],
    ],
  ],
  [
    "Chamomile Dream Herbal Tea",
    "TEA-CD",
    [
      ["20 sachets", 900, 45],
      ["50 sachets", 1950, 95],
    ],
  ],
  [
    "Daily Multivitamin",
    "VIT-DM",
    [
      ["30 count", 2200, 70],
      ["90 count", 5900, 160],
    ],
  ],
  ["Vitamin D3 + K2", "VIT-D3", [["60 softgels", 1900, 55]]],
  [
    "Omega-3 Fish Oil",
    "VIT-O3",
    [
      ["60 softgels", 2499, 110],
      ["120 softgels", 4299, 210],
    ],
  ],
  ["Probiotic 50 Billion", "VIT-PB", [["30 capsules", 3400, 50]]],
  [
    "Plant Protein Powder",
    "NUT-PP",
    [
      ["Vanilla / 1 kg", 4200, 1080],
      ["Chocolate / 1 kg", 4200, 1080],
    ],
  ],
  [
    "Precision Razor Starter Kit",
    "SHV-SK",
    [
      ["Matte Black", 2500, 180],
      ["Brushed Steel", 2900, 210],
    ],
  ],
  [
    "Razor Blade Refills",
    "SHV-RB",
    [
      ["8 pack", 1600, 40],
      ["16 pack", 2900, 75],
    ],
  ],
  ["Sensitive Shave Cream", "SHV-SC", [["150 ml", 1100, 170]]],
  [
    "Grain-Free Salmon Dog Food",
    "PET-DS",
    [
      ["4 lb", 2899, 1814],
      ["12 lb", 6499, 5443],
      ["24 lb", 10999, 10886],
    ],
  ],
  [
    "Chicken & Rice Cat Food",
    "PET-CC",
    [
      ["3 lb", 2199, 1361],
      ["7 lb", 4299, 3175],
    ],
  ],
  [
    "Dental Chews for Dogs",
    "PET-DC",
    [
      ["Small / 30 count", 1999, 450],
      ["Large / 30 count", 2499, 900],
    ],
  ],
  [
    "Laundry Detergent Sheets",
    "HOM-LD",
    [
      ["Fresh Linen / 60 loads", 1800, 230],
      ["Unscented / 60 loads", 1800, 230],
    ],
  ],
  ["Organic Baby Wipes", "BAB-OW", [["6 × 72 wipes", 2100, 2400]]],
  ["Dark Chocolate Tasting Box", "FOO-DC", [["12 bars", 3600, 1200]]],
  ["Oat Milk Barista Edition", "FOO-OM", [["6 × 1 L", 2394, 6300]]],
];

export const PRODUCTS: readonly Product[] = specs.map(([title, skuPrefix, variants], index) => ({
  title,
  handle: handleOf(title),
  externalProductId: String(7_420_118_000_000 + index * 104_729),
  variants: variants.map(([variantTitle, priceCents, grams], variantIndex) => ({
    title: variantTitle,
    sku: `${skuPrefix}-${String(variantIndex + 1).padStart(2, "0")}`,
    externalVariantId: String(42_950_301_000_000 + index * 1_009_733 + variantIndex * 7_919),
    priceCents,
    grams,
  })),
}));

/** A one-time add-on sometimes bought with a subscription order. */
export const ADD_ONS: readonly Product[] = [
  {
    title: "Ceramic Pour-Over Dripper",
    handle: "ceramic-pour-over-dripper",
    externalProductId: "7420119900001",
    variants: [
      { title: "White", sku: "ADD-PO-01", externalVariantId: "42950399000001", priceCents: 2800, grams: 420 },
    ],
  },
  {
    title: "Stainless Steel Tea Infuser",
    handle: "stainless-steel-tea-infuser",
    externalProductId: "7420119900002",
    variants: [
      {
        title: "Default Title",
        sku: "ADD-TI-01",
        externalVariantId: "42950399000002",
        priceCents: 900,
        grams: 60,
      },
    ],
  },
  {
    title: "Travel Pill Organizer",
    handle: "travel-pill-organizer",
    externalProductId: "7420119900003",
    variants: [
      {
        title: "Default Title",
        sku: "ADD-PI-01",
        externalVariantId: "42950399000003",
        priceCents: 700,
        grams: 90,
      },
    ],
  },
];

export interface CatalogFacts {
  grams: number | null;
  handle: string | null;
}

const facts = new Map<string, CatalogFacts>(
  [...PRODUCTS, ...ADD_ONS].flatMap((product) =>
    product.variants.map((variant) => [
      variant.externalVariantId,
      { grams: variant.grams, handle: product.handle },
    ]),
  ),
);
const UNKNOWN: CatalogFacts = { grams: null, handle: null };

/** Weight and handle of a catalogue variant, for the line items built from a subscription. */
export function catalogFacts(externalVariantId: string | null): CatalogFacts {
  return (externalVariantId !== null && facts.get(externalVariantId)) || UNKNOWN;
}
