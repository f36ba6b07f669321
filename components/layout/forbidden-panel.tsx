import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { roleLabels, type Role } from "@/lib/schemas/roles";

/**
 * What an operator sees on a page their role does not open: why, what they can do instead, and a way
 * on. Not an error and not a redirect: the address stays, so an admin can be sent the same link.
 */
export function ForbiddenPanel({
  title,
  reason,
  instead,
  role,
  back,
  testId,
}: {
  title: string;
  /** "Only admins can see the audit log." */
  reason: string;
  /** What they can do instead, after "You are signed in as <Role>." */
  instead: string;
  role: Role;
  back: { href: string; label: string };
  testId: string;
}) {
  return (
    <>
      <PageHeader title={title} />
      <div
        data-testid={testId}
        className="bg-card flex flex-col items-center gap-2 rounded-lg border px-6 py-12 text-center"
      >
        <ShieldAlert aria-hidden="true" className="text-muted-foreground size-6" />
        <p className="font-medium">{reason}</p>
        <p className="text-muted-foreground max-w-prose text-sm">
          You are signed in as {roleLabels[role]}. {instead}
        </p>
        <Link href={back.href} className="mt-2 text-sm font-medium underline underline-offset-4">
          {back.label}
        </Link>
      </div>
    </>
  );
}
