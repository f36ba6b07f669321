import Link from "next/link";
import type { ReactNode } from "react";
import { ForgetMissingRecord } from "@/components/palette/forget-missing-record";
import { PageHeader } from "./page-header";

/**
 * "No <noun> with id N": what a detail page shows for a record Recharge does not have. Rendered by a
 * route's not-found.tsx (which gets no params, so the id is <PathId />) and by the detail view when a
 * read answers 404 (the record went away while the page was open). No hooks: it renders on the server;
 * ForgetMissingRecord (a client leaf) takes the record out of the palette's Recent.
 */
export function DetailNotFound({
  noun,
  id,
  explanation,
  back,
  testId = "detail-not-found",
}: {
  /** "batch", "discount": lower case, used in the title and the sentence. */
  noun: string;
  id: ReactNode;
  /** What may have happened and where to look instead. */
  explanation: string;
  back: { href: string; label: string };
  testId?: string;
}) {
  return (
    <div>
      <ForgetMissingRecord />
      <PageHeader title={`${noun[0]!.toUpperCase()}${noun.slice(1)} not found`} />
      <div className="bg-card max-w-2xl rounded-lg border p-6" data-testid={testId}>
        <p className="font-medium">
          No {noun} with id {id}.
        </p>
        <p className="text-muted-foreground mt-1 text-sm">{explanation}</p>
        <Link href={back.href} className="mt-4 inline-block text-sm font-medium underline underline-offset-4">
          {back.label}
        </Link>
      </div>
    </div>
  );
}
