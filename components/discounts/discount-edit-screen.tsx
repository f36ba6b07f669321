"use client";

import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@/components/layout/page-header";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { ApiClientError } from "@/lib/queries/api-error";
import { discountQueries } from "@/lib/queries/discounts";
import { DiscountEditForm } from "./discount-edit-form";
import { DiscountNotFound } from "./discount-not-found";

/** The edit page's body: the discount read as the detail page reads it, then the prefilled form. */
export function DiscountEditScreen({ id }: { id: string }) {
  const query = useQuery(discountQueries.detail(id));
  const discount = query.data;

  if (!discount && query.isError) {
    if (query.error instanceof ApiClientError && query.error.status === 404)
      return <DiscountNotFound id={id} />;
    return (
      <QueryErrorPanel
        title={`Edit discount #${id}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (!discount) {
    return (
      <div aria-busy="true">
        <PageHeader title={`Edit discount #${id}`} description="Loading…" />
      </div>
    );
  }
  const code = discount.code ?? `discount #${discount.id}`;
  return (
    <>
      <PageHeader
        title={
          <>
            Edit <span className="font-mono break-all">{code}</span>
          </>
        }
        description={`Discount #${discount.id}. Only the settings you change are sent to Recharge.`}
      />
      {/* Keyed by id: the form is prefilled once, from the discount as the page opened with it. */}
      <DiscountEditForm key={discount.id} discount={discount} />
    </>
  );
}
