// The store's catalogue: subscription products with variants and USD prices (other currencies are
// derived from these when seeding).

export interface Variant {
  title: string;
  sku: string;
  externalVariantId: string;
  priceCents: number;
}

export interface Product {
  title: string;
  externalProductId: string;
  variants: readonly Variant[];
}

type VariantSpec = readonly [title: string, priceCents: number];

const specs: readonly (readonly [title: string, skuPrefix: string, variants: readonly VariantSpec[]])[] = [
  [
    "Morning Ritual Coffee",
    "COF-MR",
    [
      ["Whole Bean / 12 oz", 1795],
      ["Ground / 12 oz", 1795],
      ["Whole Bean / 2 lb", 3900],
    ],
  ],
  [
    "Night Owl Decaf Coffee",
    "COF-NO",
    [
      ["Whole Bean / 12 oz", 1895],
      ["Ground / 12 oz", 1895],
    ],
  ],
  [
    "Cold Brew Concentrate",
    "COF-CB",
    [
      ["32 oz", 2400],
      ["2 × 32 oz", 4500],
    ],
  ],
  [
    "Single-Origin Espresso Pods",
    "COF-EP",
    [
      ["20 pods", 1400],
      ["60 pods", 3800],
    ],
  ],
  [
    "Earl Grey Loose Leaf Tea",
    "TEA-EG",
    [
      ["100 g", 1250],
      ["250 g", 2600],
    ],
  ],
  [
    "Sencha Green Tea",
    "TEA-SG",
    [
      ["100 g", 1400],
      ["250 g", 2900],
    ],
  ],
  [
    "Chamomile Dream Herbal Tea",
    "TEA-CD",
    [
      ["20 sachets", 900],
      ["50 sachets", 1950],
    ],
  ],
  [
    "Daily Multivitamin",
    "VIT-DM",
    [
      ["30 count", 2200],
      ["90 count", 5900],
    ],
  ],
  ["Vitamin D3 + K2", "VIT-D3", [["60 softgels", 1900]]],
  [
    "Omega-3 Fish Oil",
    "VIT-O3",
    [
      ["60 softgels", 2499],
      ["120 softgels", 4299],
    ],
  ],
  ["Probiotic 50 Billion", "VIT-PB", [["30 capsules", 3400]]],
  [
    "Plant Protein Powder",
    "NUT-PP",
    [
      ["Vanilla / 1 kg", 4200],
      ["Chocolate / 1 kg", 4200],
    ],
  ],
  [
    "Precision Razor Starter Kit",
    "SHV-SK",
    [
      ["Matte Black", 2500],
      ["Brushed Steel", 2900],
    ],
  ],
  [
    "Razor Blade Refills",
    "SHV-RB",
    [
      ["8 pack", 1600],
      ["16 pack", 2900],
    ],
  ],
  ["Sensitive Shave Cream", "SHV-SC", [["150 ml", 1100]]],
  [
    "Grain-Free Salmon Dog Food",
    "PET-DS",
    [
      ["4 lb", 2899],
      ["12 lb", 6499],
      ["24 lb", 10999],
    ],
  ],
  [
    "Chicken & Rice Cat Food",
    "PET-CC",
    [
      ["3 lb", 2199],
      ["7 lb", 4299],
    ],
  ],
  [
    "Dental Chews for Dogs",
    "PET-DC",
    [
      ["Small / 30 count", 1999],
      ["Large / 30 count", 2499],
    ],
  ],
  [
    "Laundry Detergent Sheets",
    "HOM-LD",
    [
      ["Fresh Linen / 60 loads", 1800],
      ["Unscented / 60 loads", 1800],
    ],
  ],
  ["Organic Baby Wipes", "BAB-OW", [["6 × 72 wipes", 2100]]],
  ["Dark Chocolate Tasting Box", "FOO-DC", [["12 bars", 3600]]],
  ["Oat Milk Barista Edition", "FOO-OM", [["6 × 1 L", 2394]]],
];

export const PRODUCTS: readonly Product[] = specs.map(([title, skuPrefix, variants], index) => ({
  title,
  externalProductId: String(7_420_118_000_000 + index * 104_729),
  variants: variants.map(([variantTitle, priceCents], variantIndex) => ({
    title: variantTitle,
    sku: `${skuPrefix}-${String(variantIndex + 1).padStart(2, "0")}`,
    externalVariantId: String(42_950_301_000_000 + index * 1_009_733 + variantIndex * 7_919),
    priceCents,
  })),
}));

/** A one-time add-on sometimes bought with a subscription order. */
export const ADD_ONS: readonly Product[] = [
  {
    title: "Ceramic Pour-Over Dripper",
    externalProductId: "7420119900001",
    variants: [{ title: "White", sku: "ADD-PO-01", externalVariantId: "42950399000001", priceCents: 2800 }],
  },
  {
    title: "Stainless Steel Tea Infuser",
    externalProductId: "7420119900002",
    variants: [
      { title: "Default Title", sku: "ADD-TI-01", externalVariantId: "42950399000002", priceCents: 900 },
    ],
  },
  {
    title: "Travel Pill Organizer",
    externalProductId: "7420119900003",
    variants: [
      { title: "Default Title", sku: "ADD-PI-01", externalVariantId: "42950399000003", priceCents: 700 },
    ],
  },
];
