"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { templateCsv, templateFileName } from "@/lib/batches/template-csv";
import { batchTypeDefinitions } from "@/lib/batches/types";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import { downloadCsv } from "./download-csv";

/** Step 1: what the batch does, with the template for that choice. */
export function BatchTypeChoice({
  value,
  onChange,
  disabled,
}: {
  value: SubmittableBatchType;
  onChange: (type: SubmittableBatchType) => void;
  disabled?: boolean;
}) {
  const chosen = batchTypeDefinitions[value];
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-base font-semibold">1. What should the batch do?</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {Object.values(batchTypeDefinitions).map((definition) => (
          <label
            key={definition.type}
            className="has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-ring flex cursor-pointer gap-3 rounded-lg border p-3 has-[:focus-visible]:ring-2"
          >
            <input
              type="radio"
              name="batch-type"
              value={definition.type}
              checked={value === definition.type}
              onChange={() => onChange(definition.type)}
              className="mt-1"
            />
            <span>
              <span className="block text-sm font-medium">{definition.label}</span>
              <span className="text-muted-foreground block text-xs">{definition.summary}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="text-muted-foreground flex flex-wrap items-center gap-3 text-sm">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => downloadCsv(templateFileName(chosen), templateCsv(chosen))}
        >
          <Download aria-hidden="true" className="size-4" />
          Download the {chosen.label.toLowerCase()} template
        </Button>
        <span>
          Columns:{" "}
          {chosen.columns.map((column) => (column.required ? `${column.name}*` : column.name)).join(", ")} (*
          required)
        </span>
      </div>
    </fieldset>
  );
}
