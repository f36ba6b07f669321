import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";

/** Batch and task statuses (recharge-api.md §6): any other string is shown as it came. */
export function batchStatusTone(status: string): StatusTone {
  switch (status) {
    case "completed":
      return "success";
    case "failed":
      return "danger";
    case "processing":
      return "info";
    case "not_started":
      return "warning";
    default:
      return "muted";
  }
}

const labels: Record<string, string> = { not_started: "waiting to start" };

export function BatchStatusBadge({ status }: { status: string }) {
  return <StatusBadge tone={batchStatusTone(status)} label={labels[status] ?? status.replaceAll("_", " ")} />;
}
