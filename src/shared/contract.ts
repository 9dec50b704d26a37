import type { z } from 'zod';
import type { Result } from './errors';
import { appMethods } from './app-contract';
import { backupMethods } from './backups-contract';
import { documentMethods } from './documents-contract';
import { guestImportMethods } from './guest-import-contract';
import { guestMethods } from './guests-contract';
import { letterMethods } from './letters-contract';
import { partnerMethods } from './partners-contract';
import { planningMethods } from './planning-contract';
import { reportMethods } from './reports';
import { settingsMethods } from './settings-contract';
import { sharingMethods } from './sharing-contract';
import { visitReportMethods } from './visit-report';
import { visitMethods } from './visits-contract';

/**
 * The one list of what the UI may ask of the core. IPC channels, the preload bridge, the browser
 * host's routes and the renderer's client are all derived from it; nothing else names a method.
 * Each area's methods, with the types of their answers, are written in a file of their own
 * (`*-contract.ts`, `reports.ts`, `visit-report.ts`) and gathered here into one object.
 */

export { idSchema, type MethodSpec } from './contract-method';

export const contract = {
  ...appMethods,
  ...settingsMethods,
  ...visitMethods,
  ...guestMethods,
  ...guestImportMethods,
  ...planningMethods,
  ...letterMethods,
  ...documentMethods,
  ...backupMethods,
  ...partnerMethods,
  ...reportMethods,
  ...visitReportMethods,
  ...sharingMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** The whole API as functions: what the core implements and what the renderer calls. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };
/** The core's side: it receives inputs already parsed by the contract. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> };

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** The IPC channel of a method or event: derived here, named nowhere else. */
export const ipcChannel = (name: MethodName): string => `qonaq:${name}`;

/** What the preload exposes to the page as `window.qonaq`: one function per method, answering a Result. */
export type Bridge = { [M in MethodName]: (input: unknown) => Promise<Result<MethodOutput<M>>> };
