/**
 * One HTTP GET of a pack (or its signature) with the limits a background worker needs: a timeout that covers
 * the body too, a size cap enforced while reading (a missing or lying Content-Length changes nothing), and
 * retries with backoff for failures that may pass (network, timeout, 5xx, 429). Never throws: every failure
 * comes back as a reason a trainer can act on.
 */
import type { SyncErrorKind } from '../storage';
import { checkPackUrl } from './validate';

export interface FetchLimits {
  fetch?: typeof fetch;
  /** Per attempt, headers and body included (default 30 s). */
  timeoutMs?: number;
  /** Largest body accepted (default 1 MB). */
  maxBytes?: number;
  /** Extra attempts after a failure that may pass (default 2). */
  retries?: number;
  /** First wait before a retry; each further wait is 4× longer (default 2 s). */
  backoffMs?: number;
}

export type FetchResult =
  /** `finalUrl`: where the pack came from after redirects, when that is not the URL asked for. */
  | { ok: true; status: 200; bytes: Uint8Array<ArrayBuffer>; etag?: string; lastModified?: string; finalUrl?: string }
  | { ok: true; status: 304 }
  | { ok: false; kind: SyncErrorKind; message: string };

export const MAX_PACK_BYTES = 1024 * 1024;

export async function fetchPack(
  url: string,
  headers: Record<string, string>,
  limits: FetchLimits = {},
): Promise<FetchResult> {
  const retries = limits.retries ?? 2;
  const backoff = limits.backoffMs ?? 2000;
  let result = await fetchOnce(url, headers, limits);
  for (let attempt = 0; attempt < retries && !result.ok && transient(result); attempt++) {
    await new Promise((done) => setTimeout(done, backoff * 4 ** attempt));
    result = await fetchOnce(url, headers, limits);
  }
  return result;
}

function transient(result: Extract<FetchResult, { ok: false }>): boolean {
  return (
    result.kind === 'network' ||
    result.kind === 'timeout' ||
    (result.kind === 'http' && /^HTTP (5\d\d|429)\b/.test(result.message))
  );
}

async function fetchOnce(url: string, headers: Record<string, string>, limits: FetchLimits): Promise<FetchResult> {
  const timeoutMs = limits.timeoutMs ?? 30_000;
  const maxBytes = limits.maxBytes ?? MAX_PACK_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  try {
    // no-store: the worker decides with ETag/Last-Modified itself; the HTTP cache must not answer for the server
    const response = await (limits.fetch ?? fetch)(url, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
      redirect: 'follow',
      credentials: 'omit',
    });
    // a redirect must end where a pack may come from: https (http on localhost), no user name or password
    const finalUrl = response.url && response.url !== url ? response.url : undefined;
    const redirectProblem = finalUrl && checkPackUrl(finalUrl);
    if (redirectProblem) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        kind: 'redirect',
        message: `the server redirected to ${finalUrl}, which is refused: ${redirectProblem}`,
      };
    }
    if (response.status === 304) return { ok: true, status: 304 };
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        kind: 'http',
        message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, kind: 'too-large', message: tooLarge(declared, maxBytes) };
    }
    const bytes = await readLimited(response, maxBytes);
    if (!bytes) return { ok: false, kind: 'too-large', message: tooLarge(null, maxBytes) };
    return {
      ok: true,
      status: 200,
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      ...(finalUrl && { finalUrl }),
    };
  } catch (error) {
    if (timedOut) return { ok: false, kind: 'timeout', message: `no complete answer within ${seconds}` };
    if (await answersWithoutCors(url, limits)) return { ok: false, kind: 'cors', message: CORS_MESSAGE };
    return { ok: false, kind: 'network', message: `could not reach the server (${(error as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}

const CORS_MESSAGE =
  'the server answered, but its answer does not allow the extension to read it (no CORS header). ' +
  'Have the server send "Access-Control-Allow-Origin: *" with the pack and its .sig (the pack is public data), ' +
  'or grant the extension access to this site';

/**
 * fetch says only "Failed to fetch" both when the server is down and when it answered without CORS headers (a
 * managed pack on a host the extension has no permission for). An opaque request tells them apart: it succeeds
 * when the server answered. That failure will not pass by itself, so it is not retried as a network one.
 */
async function answersWithoutCors(url: string, limits: FetchLimits): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs ?? 30_000);
  try {
    const probe = await (limits.fetch ?? fetch)(url, {
      mode: 'no-cors',
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    await probe.body?.cancel().catch(() => undefined);
    return probe.type === 'opaque' || probe.type === 'opaqueredirect';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null as soon as it grows past maxBytes (the rest is never downloaded). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(declared: number | null, maxBytes: number): string {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return `the file is larger than the ${kb(maxBytes)} limit${declared ? ` (${kb(declared)})` : ''}`;
}
