"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { MISSING_VALUE } from "@/components/data-table/format";
import { discountQueries } from "@/lib/queries/discounts";
import type { DiscountRef } from "@/lib/recharge/schemas/address";

/**
 * An address's discount by its code. Recharge's live API may name it by id alone (storefront-client
 * Address): then the discount is read by id for its code, and until it arrives (or if it cannot be
 * read) it is "Discount #id". Linked to the discount's page unless `link` is off (inside a dialog).
 */
export function AddressDiscountName({ discount, link = true }: { discount: DiscountRef; link?: boolean }) {
  const id = typeof discount.id === "number" ? discount.id : null;
  const read = useQuery({ ...discountQueries.detail(id ?? 0), enabled: !discount.code && id !== null });
  const code = discount.code ?? read.data?.code ?? null;
  const name = (
    <code className="font-mono text-xs font-semibold">
      {code ?? (id !== null ? `Discount #${id}` : MISSING_VALUE)}
    </code>
  );
  if (!link || id === null) return name;
  return (
    <Link href={`/discounts/${id}`} prefetch={false} className="underline-offset-4 hover:underline">
      {name}
    </Link>
  );
}
