"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatRowErrors, rowsWithErrorsCsv } from "@/lib/batches/row-errors";
import type { BatchTypeDefinition } from "@/lib/batches/types";
import type { InvalidRow, ValidRow } from "@/lib/batches/validate-rows";
import { downloadCsv } from "./download-csv";

/** Rows drawn in each table: enough to see the pattern; the download has them all. */
const SHOWN_INVALID = 50;
const SHOWN_VALID = 5;

export interface CheckedFile {
  name: string;
  header: string[];
  ignoredColumns: string[];
  valid: ValidRow[];
  invalid: InvalidRow[];
  elapsedMs: number;
}

const count = (n: number) => n.toLocaleString("en-US");

/** Step 3: what the file holds: rows ready, rows to fix (with reasons), and what will be sent. */
export function UploadPreview({ definition, file }: { definition: BatchTypeDefinition; file: CheckedFile }) {
  const { valid, invalid } = file;
  const fixName = `${file.name.replace(/\.csv$/i, "")}-to-fix.csv`;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <h2 id="preview-heading" className="text-base font-semibold">
        3. Check the rows
      </h2>
      <p data-testid="preview-summary" className="text-sm">
        <strong>{file.name}</strong>: <strong data-testid="valid-count">{count(valid.length)}</strong> row
        {valid.length === 1 ? "" : "s"} ready,{" "}
        <strong data-testid="invalid-count">{count(invalid.length)}</strong> to fix{" "}
        <span className="text-muted-foreground">
          (checked in {Math.max(1, Math.round(file.elapsedMs))} ms)
        </span>
      </p>
      {file.ignoredColumns.length > 0 ? (
        <p className="text-muted-foreground text-sm">
          Ignored column{file.ignoredColumns.length === 1 ? "" : "s"}: {file.ignoredColumns.join(", ")} (not
          part of {definition.label.toLowerCase()}).
        </p>
      ) : null}

      {invalid.length > 0 ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">Rows to fix</h3>
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                downloadCsv(
                  fixName,
                  rowsWithErrorsCsv(
                    file.header,
                    invalid.map((row) => ({
                      cells: row.cells,
                      error: `line ${row.line}: ${formatRowErrors(row.errors)}`,
                    })),
                  ),
                )
              }
            >
              <Download aria-hidden="true" className="size-4" />
              Download {count(invalid.length)} row{invalid.length === 1 ? "" : "s"} to fix (CSV)
            </Button>
          </div>
          {/* Focusable so keyboard users can scroll it (WCAG 2.1.1). */}
          <div
            className="max-h-80 overflow-auto rounded-md border"
            tabIndex={0}
            role="region"
            aria-label="Rows to fix"
          >
            <Table>
              <TableCaption className="sr-only">Rows to fix, with the reason for each</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead className="w-20">Line</TableHead>
                  <TableHead>Problem</TableHead>
                  <TableHead>Row</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody data-testid="invalid-rows">
                {invalid.slice(0, SHOWN_INVALID).map((row) => (
                  <TableRow key={row.line}>
                    <TableCell className="tabular-nums">{row.line}</TableCell>
                    <TableCell>
                      <ul>
                        {Object.entries(row.errors).map(([column, messages]) => (
                          <li key={column}>
                            {column === "row" ? null : <strong className="font-medium">{column}</strong>}
                            {column === "row" ? "" : ": "}
                            {messages.join("; ")}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell className="text-muted-foreground max-w-xs truncate font-mono text-xs">
                      {row.cells.join(", ")}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {invalid.length > SHOWN_INVALID ? (
            <p className="text-muted-foreground text-sm">
              Showing the first {SHOWN_INVALID}; the download holds all {count(invalid.length)}.
            </p>
          ) : null}
        </div>
      ) : null}

      {valid.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">
            First {Math.min(SHOWN_VALID, valid.length)} of {count(valid.length)} rows as they will be sent
          </h3>
          <div className="overflow-auto rounded-md border">
            <Table>
              <TableCaption className="sr-only">
                Rows ready to send, as Recharge will receive them
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead className="w-20">Line</TableHead>
                  <TableHead className="w-40">{definition.unique.describe}</TableHead>
                  <TableHead>Task body</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody data-testid="valid-rows">
                {valid.slice(0, SHOWN_VALID).map((row) => (
                  <TableRow key={row.line}>
                    <TableCell className="tabular-nums">{row.line}</TableCell>
                    <TableCell className="font-medium">{definition.describeBody(row.body)}</TableCell>
                    <TableCell className="font-mono text-xs break-all">{JSON.stringify(row.body)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
