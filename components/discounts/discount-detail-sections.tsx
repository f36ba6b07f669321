"use client";

import { DateCell } from "@/components/data-table/date-cell";
import { formatYesNo } from "@/components/data-table/format";
import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { Skeleton } from "@/components/ui/skeleton";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { DiscountActions } from "./discount-actions";
import { DiscountChannelsTable } from "./discount-channels-table";
import {
  discountTypeLabel,
  discountValueText,
  minimumSubtotal,
  purchaseItemTypeLabel,
} from "./discount-format";
import { DiscountStatusBadge } from "./discount-status-badge";

/** Labels of each section, in order; the loading skeleton draws the same ones. */
export const DISCOUNT_SECTION_LABELS = {
  discount: [
    "Code",
    "Value",
    "Type",
    "Status",
    "Minimum subtotal",
    "Starts",
    "Ends",
    "Created",
    "Updated",
    "External discount id",
  ],
  appliesTo: ["Purchases", "Resource", "Resource ids"],
  usageLimits: ["Once per customer", "First-time customers only", "Max subsequent redemptions"],
} as const;

export function DiscountOverviewSection({ discount }: { discount: Discount }) {
  return (
    <DetailSection title="Discount">
      <DescriptionList
        items={[
          { label: "Code", value: discount.code ? <span className="font-mono">{discount.code}</span> : null },
          { label: "Value", value: discountValueText(discount) },
          { label: "Type", value: discountTypeLabel(discount.value_type) },
          { label: "Status", value: <DiscountStatusBadge status={discount.status} /> },
          { label: "Minimum subtotal", value: minimumSubtotal(discount) ?? "None" },
          { label: "Starts", value: <DateCell value={discount.starts_at} /> },
          { label: "Ends", value: discount.ends_at ? <DateCell value={discount.ends_at} /> : "No end date" },
          { label: "Created", value: <DateCell value={discount.created_at} /> },
          { label: "Updated", value: <DateCell value={discount.updated_at} /> },
          { label: "External discount id", value: discount.external_discount_id?.ecommerce },
        ]}
      />
    </DetailSection>
  );
}

export function AppliesToSection({ appliesTo }: { appliesTo: Discount["applies_to"] }) {
  const ids = appliesTo?.ids ?? [];
  return (
    <DetailSection title="Applies to">
      <DescriptionList
        items={[
          { label: "Purchases", value: purchaseItemTypeLabel(appliesTo?.purchase_item_type) },
          // No resource: the code is not limited to particular products or collections.
          { label: "Resource", value: appliesTo?.resource ?? "Any product" },
          { label: "Resource ids", value: ids.length ? ids.join(", ") : null },
        ]}
      />
    </DetailSection>
  );
}

export function UsageLimitsSection({ limits }: { limits: Discount["usage_limits"] }) {
  const max = limits?.max_subsequent_redemptions;
  return (
    <DetailSection title="Usage limits">
      <DescriptionList
        items={[
          { label: "Once per customer", value: formatYesNo(limits?.one_application_per_customer) },
          { label: "First-time customers only", value: formatYesNo(limits?.first_time_customer_restriction) },
          {
            label: "Max subsequent redemptions",
            value: max === null || max === undefined ? "Unlimited" : String(max),
          },
        ]}
      />
    </DetailSection>
  );
}

export function ChannelsSection({ channels }: { channels: Discount["channel_settings"] }) {
  return (
    <DetailSection title="Channels">
      <DiscountChannelsTable channels={channels} />
    </DetailSection>
  );
}

/** Edit, disable / enable and delete; a grey block while the discount loads (the skeleton). */
export function DiscountActionsSection({ discount }: { discount?: Discount }) {
  return (
    <DetailSection title="Actions">
      {discount ? <DiscountActions discount={discount} /> : <Skeleton className="h-9 w-56" />}
    </DetailSection>
  );
}
