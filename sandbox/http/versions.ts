// X-Recharge-Version: 2021-11 is served; 2021-01 (the store default when the header is missing) is
// known but only /token_information answers under it; any other value is refused with 426.

export const CURRENT_VERSION = "2021-11";
export const LEGACY_VERSION = "2021-01";
export type KnownVersion = typeof CURRENT_VERSION | typeof LEGACY_VERSION;

export type VersionResolution = { ok: true; version: KnownVersion } | { ok: false; requested: string };

export function resolveVersion(header: string | undefined): VersionResolution {
  const requested = header?.trim() ?? "";
  if (requested === "") return { ok: true, version: LEGACY_VERSION };
  if (requested === CURRENT_VERSION || requested === LEGACY_VERSION) return { ok: true, version: requested };
  return { ok: false, requested };
}

export function unsupportedVersionBody(requested: string) {
  return {
    errors: `API version '${requested}' is not supported. Supported versions: ${LEGACY_VERSION}, ${CURRENT_VERSION}.`,
  };
}

export function notImplementedBody(version: KnownVersion) {
  return {
    errors: `The Recharge sandbox only implements API version ${CURRENT_VERSION} for this endpoint (this request was treated as ${version}). Send the header X-Recharge-Version: ${CURRENT_VERSION}.`,
  };
}
