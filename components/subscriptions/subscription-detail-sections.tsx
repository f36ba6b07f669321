"use client";

import Link from "next/link";
import { DateCell } from "@/components/data-table/date-cell";
import { formatYesNo, MISSING_VALUE } from "@/components/data-table/format";
import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { addressLines, countryName, customerTitle, personName } from "@/components/customers/customer-format";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { chargeInterval, chargesLessOften, deliveryInterval, unitPrice } from "./subscription-format";
import { SubscriptionStatusBadge } from "./subscription-status-badge";

/** Labels of each section, in order; the loading skeleton draws the same ones. */
export const SUBSCRIPTION_SECTION_LABELS = {
  subscription: [
    "Product",
    "Variant",
    "SKU",
    "Price",
    "Quantity",
    "Interval",
    "Status",
    "Next charge",
    "Created",
    "Updated",
  ],
  customer: ["Customer", "Ships to", "Currency"],
  settings: [
    "Prepaid",
    "Skippable",
    "Has queued charges",
    "Max retries reached",
    "External product id",
    "External variant id",
  ],
} as const;

export function SubscriptionOverviewSection({ subscription }: { subscription: Subscription }) {
  const prepaid = chargesLessOften(subscription);
  return (
    <DetailSection title="Subscription">
      <DescriptionList
        items={[
          { label: "Product", value: subscription.product_title },
          { label: "Variant", value: subscription.variant_title },
          { label: "SKU", value: subscription.sku },
          { label: "Price", value: unitPrice(subscription) },
          { label: "Quantity", value: subscription.quantity?.toString() },
          { label: "Interval", value: deliveryInterval(subscription) },
          // Prepaid plans charge less often than they ship: say both.
          ...(prepaid ? [{ label: "Charged", value: chargeInterval(subscription) }] : []),
          { label: "Status", value: <SubscriptionStatusBadge status={subscription.status} /> },
          {
            label: "Next charge",
            value: <DateCell value={subscription.next_charge_scheduled_at} variant="date" />,
          },
          { label: "Created", value: <DateCell value={subscription.created_at} /> },
          { label: "Updated", value: <DateCell value={subscription.updated_at} /> },
        ]}
      />
    </DetailSection>
  );
}

/** Shown once the subscription was cancelled (an expired one has no cancellation). */
export function CancellationSection({ subscription }: { subscription: Subscription }) {
  return (
    <DetailSection title="Cancellation">
      <DescriptionList
        items={[
          { label: "Cancelled", value: <DateCell value={subscription.cancelled_at} /> },
          { label: "Reason", value: subscription.cancellation_reason },
          { label: "Comments", value: subscription.cancellation_reason_comments },
        ]}
      />
    </DetailSection>
  );
}

/**
 * Who and where: the customer's name and email and the address lines, from the records Recharge
 * included with the subscription (`include=customer,address`); the ids when it did not.
 */
export function CustomerSection({ subscription }: { subscription: Subscription }) {
  const customer = subscription.include?.customer;
  const address = subscription.include?.address;
  return (
    <DetailSection title="Customer and address">
      <DescriptionList
        items={[
          {
            label: "Customer",
            value: (
              <span className="flex flex-col">
                <Link
                  href={`/customers/${subscription.customer_id}`}
                  className="underline underline-offset-4"
                  data-testid="subscription-customer"
                >
                  {customer ? customerTitle(customer) : `Customer #${subscription.customer_id}`}
                </Link>
                {customer?.email && customerTitle(customer) !== customer.email ? (
                  <span className="text-muted-foreground font-normal">{customer.email}</span>
                ) : null}
              </span>
            ),
          },
          {
            label: "Ships to",
            value: address ? (
              <address className="not-italic" data-testid="subscription-address">
                {[personName(address), ...addressLines(address), countryName(address.country_code)]
                  .filter(Boolean)
                  .map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
              </address>
            ) : (
              <span className="tabular-nums">Address #{subscription.address_id}</span>
            ),
          },
          { label: "Currency", value: subscription.presentment_currency },
        ]}
      />
    </DetailSection>
  );
}

export function SettingsSection({ subscription }: { subscription: Subscription }) {
  return (
    <DetailSection title="Settings">
      <DescriptionList
        items={[
          { label: "Prepaid", value: formatYesNo(subscription.is_prepaid) },
          { label: "Skippable", value: formatYesNo(subscription.is_skippable) },
          { label: "Has queued charges", value: formatYesNo(subscription.has_queued_charges) },
          { label: "Max retries reached", value: formatYesNo(subscription.max_retries_reached) },
          { label: "External product id", value: subscription.external_product_id?.ecommerce },
          { label: "External variant id", value: subscription.external_variant_id?.ecommerce },
        ]}
      />
    </DetailSection>
  );
}

/** Line-item properties (engraving text, gift notes…), only when the subscription has some. */
export function PropertiesSection({ properties }: { properties: Subscription["properties"] }) {
  return (
    <DetailSection title="Properties">
      <DescriptionList
        items={properties.map((property) => ({
          label: property.name ?? MISSING_VALUE,
          value: property.value == null ? null : String(property.value),
        }))}
      />
    </DetailSection>
  );
}
