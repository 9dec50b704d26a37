import type { Api, Bridge, MethodName } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in the browser host. */
    qonaq?: Bridge;
  }
}

const TOKEN_KEY = 'qonaq.token';

/** The browser host hands the page its secret in the URL fragment; keep it for reloads, then hide it. */
function browserHostToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw AppError.fromData(result.error);
}

/**
 * Each method is looked up by name when called. The contract's list of names is not imported: it
 * would bring the contract's schemas (and zod) into the first screen's JavaScript, and the core
 * checks every call against them anyway.
 */
function buildApi(send: (name: MethodName, input: unknown) => Promise<Result<unknown>>): Api {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const method = (name: string) => {
    let call = methods.get(name);
    if (!call) {
      call = async (input: unknown) => unwrap(await send(name as MethodName, input));
      methods.set(name, call);
    }
    return call;
  };
  return new Proxy({} as Api, {
    // Not a promise: `then` is no method of the contract.
    get: (_target, name) => (typeof name === 'string' && name !== 'then' ? method(name) : undefined),
  });
}

function httpApi(): Api {
  const token = browserHostToken();
  return buildApi(async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qonaq-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'network' } };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', params: { status: response.status } } };
    }
  });
}

function ipcApi(bridge: Bridge): Api {
  return buildApi((name, input) => (bridge[name] as (input: unknown) => Promise<Result<unknown>>)(input));
}

/** The renderer's only way to the core: the contract over IPC (desktop) or HTTP (browser host). */
export const api: Api = window.qonaq ? ipcApi(window.qonaq) : httpApi();
