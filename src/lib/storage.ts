/**
 * The page's localStorage, or undefined where the browser denies it: merely reading
 * `window.localStorage` throws in a cross-site iframe whose browser blocks third-party storage,
 * and in an iframe sandboxed without `allow-same-origin`. Every use of storage goes through here
 * (and calls on it still go in a try: a full or revoked storage throws too).
 */
export function localStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
