import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function BatchNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="batch"
      id={id}
      explanation="Recharge has no async batch with this id. The batches uploaded here are listed on the Batches page."
      back={{ href: "/batches", label: "Back to batches" }}
    />
  );
}
