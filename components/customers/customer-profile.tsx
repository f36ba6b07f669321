import type { ReactNode } from "react";
import { DateCell } from "@/components/data-table/date-cell";
import { formatYesNo, MISSING_VALUE } from "@/components/data-table/format";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { personName } from "./customer-format";
import { CustomerSection } from "./customer-section";
import { PaymentMethodBadge, paymentMethodHealth } from "./payment-method-badge";

type ProfileItem = { label: string; value: ReactNode };

/** Label/value pairs on a card: one column on phones, two on tablets, three on wide screens. */
export function ProfileList({ items }: { items: readonly ProfileItem[] }) {
  return (
    <dl className="bg-card grid gap-x-6 gap-y-4 rounded-lg border p-5 text-sm sm:grid-cols-2 xl:grid-cols-3">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-muted-foreground">{item.label}</dt>
          <dd className="mt-1 min-h-5 font-medium break-words">{item.value ?? MISSING_VALUE}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "1 active of 2"; "—" for a count Recharge left out. */
function subscriptionCounts(customer: Customer): string {
  const active = customer.subscriptions_active_count?.toString();
  const total = customer.subscriptions_total_count?.toString();
  if (active === undefined && total === undefined) return MISSING_VALUE;
  return `${active ?? MISSING_VALUE} active of ${total ?? MISSING_VALUE}`;
}

/** The profile's fields, in order (the loading skeleton draws the same labels). */
export function profileItems(customer: Customer): ProfileItem[] {
  return [
    { label: "Name", value: personName(customer) },
    { label: "Email", value: customer.email },
    { label: "Phone", value: customer.phone },
    { label: "Tax exempt", value: formatYesNo(customer.tax_exempt) },
    { label: "External customer id", value: customer.external_customer_id?.ecommerce },
    { label: "Created", value: <DateCell value={customer.created_at} /> },
    { label: "Payment method", value: <PaymentMethodBadge health={paymentMethodHealth(customer)} /> },
    { label: "Subscriptions", value: subscriptionCounts(customer) },
  ];
}

export const PROFILE_LABELS = [
  "Name",
  "Email",
  "Phone",
  "Tax exempt",
  "External customer id",
  "Created",
  "Payment method",
  "Subscriptions",
] as const;

/** Who the customer is and whether they can be charged. */
export function CustomerProfile({ customer }: { customer: Customer }) {
  return (
    <CustomerSection title="Profile">
      <ProfileList items={profileItems(customer)} />
    </CustomerSection>
  );
}
