// What every operation answers: an HTTP status and a JSON body (none for 204).

export interface ApiResult {
  status: number;
  body?: unknown;
}

/** Recharge's field-error map: `{"field": ["message"]}`, nested for nested input. */
export type FieldErrors = { [field: string]: string[] | string | FieldErrors };

export const ok = (body: unknown): ApiResult => ({ status: 200, body });
export const created = (body: unknown): ApiResult => ({ status: 201, body });
export const noContent = (): ApiResult => ({ status: 204 });
export const notFound = (): ApiResult => ({ status: 404, body: { errors: "Not Found" } });

export function unprocessable(errors: FieldErrors): ApiResult {
  return { status: 422, body: { errors } };
}

/** A single-field 422, the most common shape. */
export function fieldError(field: string, message: string): ApiResult {
  return unprocessable({ [field]: [message] });
}
