import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function ChargeNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="charge"
      id={id}
      explanation="Check the id, or find the charge by its customer in the list. Recharge leaves out charges processed more than 90 days ago."
      back={{ href: "/charges", label: "Back to charges" }}
    />
  );
}
