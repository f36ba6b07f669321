import type { Metadata } from "next";
import { DiscountCreateForm } from "@/components/discounts/discount-create-form";
import { ForbiddenPanel } from "@/components/layout/forbidden-panel";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New discount" };

export default async function NewDiscountRoute() {
  const operator = await requirePageOperator();
  if (!can(operator.role, "discounts:write")) {
    return (
      <ForbiddenPanel
        title="New discount"
        reason="Only admins can create discount codes."
        instead="You can look up discount codes and their settings."
        role={operator.role}
        back={{ href: "/discounts", label: "Back to discounts" }}
        testId="discount-new-forbidden"
      />
    );
  }
  return (
    <>
      <PageHeader
        title="New discount"
        description="One discount code, checked as you type with the rules Recharge applies. For many codes at once, use Batches."
      />
      <DiscountCreateForm />
    </>
  );
}
