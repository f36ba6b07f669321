// The overview's "Go to" box: what was typed, read as the kind of record chosen, becomes the page
// that shows it. Pure, so the rules and their messages are unit-tested.

export const quickFindKinds = ["customer", "charge", "subscription", "discount"] as const;
export type QuickFindKind = (typeof quickFindKinds)[number];

export const quickFindLabels: Record<QuickFindKind, { label: string; placeholder: string }> = {
  customer: { label: "Customer", placeholder: "name@example.com or 93415041" },
  charge: { label: "Charge", placeholder: "708164169" },
  subscription: { label: "Subscription", placeholder: "312877501" },
  discount: { label: "Discount code", placeholder: "SPRING25" },
};

export type QuickFindResult = { ok: true; href: string } | { ok: false; message: string };

const ID = /^#?(\d{1,15})$/;

/** An id opens its record's page; an email or a code opens the list filtered to exactly it. */
export function quickFindTarget(kind: QuickFindKind, text: string): QuickFindResult {
  const value = text.trim();
  const id = ID.exec(value)?.[1];
  switch (kind) {
    case "customer":
      if (id) return { ok: true, href: `/customers/${id}` };
      if (/^[^\s@]+@[^\s@]+$/.test(value))
        return { ok: true, href: `/customers?email=${encodeURIComponent(value)}` };
      return { ok: false, message: "Enter a full email address (with @) or a customer id (digits only)." };
    case "charge":
    case "subscription":
      if (id) return { ok: true, href: `/${kind}s/${id}` };
      return {
        ok: false,
        message: `Enter a ${kind} id: digits only, as in #${kind === "charge" ? "708164169" : "312877501"}.`,
      };
    case "discount":
      if (value) return { ok: true, href: `/discounts?discount_code=${encodeURIComponent(value)}` };
      return { ok: false, message: "Enter a discount code." };
  }
}
