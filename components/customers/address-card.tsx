import { useId } from "react";
import { MISSING_VALUE } from "@/components/data-table/format";
import { Skeleton } from "@/components/ui/skeleton";
import type { Address } from "@/lib/recharge/schemas/address";
import { AddressActions } from "./address-actions";
import { AddressDiscountName } from "./address-discount-name";
import { addressLines, countryName, discountValueLabel, personName } from "./customer-format";

/**
 * One address as a card: recipient, postal lines, country, currency, the discounts applied to it,
 * and the actions this operator may take on it (edit it, apply or remove its discount).
 */
export function AddressCard({ address }: { address: Address }) {
  const titleId = useId();
  const discountsId = useId();
  return (
    <article
      aria-labelledby={titleId}
      className="bg-card flex h-full flex-col gap-3 rounded-lg border p-4 text-sm"
    >
      <div className="flex items-baseline justify-between gap-3">
        <h3 id={titleId} className="truncate font-semibold">
          {personName(address) ?? "Address"}
        </h3>
        <span className="text-muted-foreground shrink-0 text-xs tabular-nums">#{address.id}</span>
      </div>
      <address className="leading-6 not-italic">
        {addressLines(address).map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
        <span className="block">{countryName(address.country_code)}</span>
      </address>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Currency</dt>
        <dd>{address.presentment_currency ?? MISSING_VALUE}</dd>
        <dt className="text-muted-foreground">Phone</dt>
        <dd>{address.phone ?? MISSING_VALUE}</dd>
      </dl>
      <div className="mt-auto border-t pt-3">
        <h4 id={discountsId} className="text-muted-foreground text-xs font-medium tracking-wide uppercase">
          Discounts
        </h4>
        {address.discounts.length === 0 ? (
          <p className="text-muted-foreground mt-1">None</p>
        ) : (
          <ul aria-labelledby={discountsId} className="mt-1 space-y-1">
            {address.discounts.map((discount, index) => (
              <li key={index} className="flex flex-wrap items-baseline justify-between gap-x-3">
                <AddressDiscountName discount={discount} />
                <span>{discountValueLabel(discount, address.presentment_currency)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <AddressActions address={address} />
    </article>
  );
}

/** The address cards' grid: one column on phones, two on tablets, three on wide screens. */
export const ADDRESS_GRID = "grid gap-4 sm:grid-cols-2 xl:grid-cols-3";

/** Placeholder cards the height of a typical (three-line) address card with its Actions row. */
export function AddressCardsSkeleton({ count = 1 }: { count?: number }) {
  return (
    <div className={ADDRESS_GRID}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className="h-80 rounded-lg" />
      ))}
    </div>
  );
}
