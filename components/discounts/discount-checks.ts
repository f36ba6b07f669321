import type * as DiscountChecksModule from "@/lib/schemas/discount-form";
import { onDemand } from "@/lib/utils/on-demand";

/** checkNewDiscount, checkDiscountChanges and the rest of lib/schemas/discount-form.ts. */
export type DiscountChecks = typeof DiscountChecksModule;

/**
 * The discount form's checks, and zod with them (~30 kB gzip), fetched when the admin first focuses
 * the form (use-discount-form.ts) rather than with /discounts/new and /discounts/{id}/edit: nothing
 * is checked before a field has been changed or the form sent, and focusing comes before either.
 * The one `import()` of that module in the app.
 */
export const discountChecks = onDemand(() => import("@/lib/schemas/discount-form"));
