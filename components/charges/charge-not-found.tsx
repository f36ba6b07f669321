import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function ChargeNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="charge"
      id={id}
      explanation="Check the id. Since March 2025 Recharge's API returns no charge paid or refunded more than 90 days ago, not even by id: those are in Recharge's merchant portal and its exports."
      back={{ href: "/charges", label: "Back to charges" }}
    />
  );
}
