// POST /api/me/sign-out-everywhere — ends every session of the signed-in operator, this one included
import { z } from "zod";
import { localResult } from "@/lib/api/local-result";
import { mutationRoute } from "@/lib/api/mutation-route";
import { signOutEverywhere } from "@/lib/auth/end-sessions";
import { optionalReasonSchema } from "@/lib/schemas/action-reason";

export const POST = mutationRoute({
  action: "operator.sign_out_everywhere",
  permission: "records:read",
  targetType: "operator",
  params: z.object({}),
  targetId: () => "me",
  input: z.strictObject({ reason: optionalReasonSchema }),
  run: async ({ operator, setTargetId }) => {
    setTargetId(operator.id);
    await signOutEverywhere(operator.id);
    return localResult({ operator_id: operator.id, signed_out_everywhere: true });
  },
});
