import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function CustomerNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="customer"
      id={id}
      explanation="Recharge has no customer with this id. It may have been deleted, or the link may be wrong."
      back={{ href: "/customers", label: "Find a customer" }}
      testId="customer-not-found"
    />
  );
}
