import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { DiscountEditScreen } from "@/components/discounts/discount-edit-screen";
import { ForbiddenPanel } from "@/components/layout/forbidden-panel";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";
import { prefetchDetail } from "@/lib/queries/server-prefetch-detail";

// Typed by hand rather than PageProps<"/discounts/[id]/edit">, which exists only after `next typegen`.
type EditDiscountProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: EditDiscountProps): Promise<Metadata> {
  return { title: `Edit discount #${(await params).id}` };
}

export default async function EditDiscountRoute({ params }: EditDiscountProps) {
  const operator = await requirePageOperator();
  const { id } = await params;
  if (!can(operator.role, "discounts:write")) {
    return (
      <ForbiddenPanel
        title={`Edit discount #${id}`}
        reason="Only admins can change discount codes."
        instead="You can see the discount and its settings."
        role={operator.role}
        back={{ href: `/discounts/${id}`, label: "Back to the discount" }}
        testId="discount-edit-forbidden"
      />
    );
  }
  const prefetched = await prefetchDetail("discounts", id);
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <DiscountEditScreen id={id} />
    </HydrationBoundary>
  );
}
