import { BatchNotFound } from "@/components/batches/batch-not-found";
import { PathId } from "@/components/layout/path-id";

export default function BatchNotFoundPage() {
  return <BatchNotFound id={<PathId />} />;
}
