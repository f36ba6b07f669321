import { ChargeNotFound } from "@/components/charges/charge-not-found";
import { PathId } from "@/components/layout/path-id";

export default function ChargeNotFoundPage() {
  return <ChargeNotFound id={<PathId />} />;
}
