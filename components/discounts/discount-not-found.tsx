import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function DiscountNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="discount"
      id={id}
      explanation="It may have been deleted. Find codes by their name in the list."
      back={{ href: "/discounts", label: "Back to discounts" }}
    />
  );
}
