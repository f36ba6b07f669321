// POST /api/operators/{id}/sign-out-everywhere — ends every session of an operator (admin)
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { localResult } from "@/lib/api/local-result";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { signOutEverywhere } from "@/lib/auth/end-sessions";
import { optionalReasonSchema } from "@/lib/schemas/action-reason";

export const POST = mutationRoute({
  action: "operator.sign_out_everywhere",
  permission: "operators:manage",
  targetType: "operator",
  params: idParamsSchema,
  targetId: (params) => String(params.id),
  input: z.strictObject({ reason: optionalReasonSchema }),
  run: async ({ params }) => {
    const operatorId = String(params.id);
    if (!(await signOutEverywhere(operatorId))) throw new ApiError("not_found", "No operator has that id.");
    return localResult({ operator_id: operatorId, signed_out_everywhere: true });
  },
});
