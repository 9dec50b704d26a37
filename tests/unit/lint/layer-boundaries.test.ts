import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule in eslint.config.mjs, run on code that breaks it. Each import names a file that
 * exists (the rule resolves an import to a file before judging it), at more than one relative depth.
 * Type information is switched off here: only the import rule is asked, and it needs none.
 */
const RULE = 'import-x/no-restricted-paths';
const eslint = new ESLint({
  cwd: process.cwd(),
  ruleFilter: ({ ruleId }) => ruleId === RULE,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (result === undefined) throw new Error(`ESLint returned nothing for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const forbidden: [from: string, code: string][] = [
  ['src/renderer/src/x.ts', "import { createHandlers } from '../../core/api';"],
  ['src/renderer/src/visits/deep/x.ts', "import { createHandlers } from '../../../../core/api';"],
  ['src/renderer/src/x.ts', "export { bindContract } from '../../main/ipc';"],
  ['src/renderer/src/x.tsx', "const server = await import('../../web/server');"],
  ['src/core/x.ts', "import { App } from '../renderer/src/App';"],
  ['src/core/letters/x.ts', "import { menuTemplate } from '../../main/menu';"],
  ['src/core/x.ts', "import { startWebHost } from '../web/server';"],
  ['src/shared/x.ts', "import { createHandlers } from '../core/api';"],
  ['src/shared/x.ts', "import { App } from '../renderer/src/App';"],
  ['src/shared/x.ts', "import { bindContract } from '../main/ipc';"],
  ['src/shared/x.ts', "import { startWebHost } from '../web/server';"],
  ['src/shared/x.ts', "import az from '../../locales/az/letter.json';"],
  ['src/main/x.ts', "import { App } from '../renderer/src/App';"],
  ['src/main/x.ts', "import { startWebHost } from '../web/server';"],
  ['src/web/x.ts', "import { bindContract } from '../main/ipc';"],
  ['src/web/x.ts', "import { App } from '../renderer/src/App';"],
  ['src/preload/x.ts', "import { createHandlers } from '../core/api';"],
  ['src/preload/x.ts', "import { bindContract } from '../main/ipc';"],
];

const allowed: [from: string, code: string][] = [
  ['src/renderer/src/x.ts', "import { contract } from '../../shared/contract';"],
  ['src/renderer/src/visits/deep/x.ts', "import { contract } from '../../../../shared/contract';"],
  ['src/renderer/src/x.ts', "import { App } from './App';"],
  ['src/core/x.ts', "import { contract } from '../shared/contract';"],
  ['src/core/letters/x.ts', "import az from '../../../locales/az/letter.json';"],
  ['src/shared/x.ts', "import { contract } from './contract';"],
  ['src/main/x.ts', "import { createHandlers } from '../core/api';"],
  ['src/web/x.ts', "import { createHandlers } from '../core/api';"],
  ['src/preload/x.ts', "import { contract } from '../shared/contract';"],
];

describe('layer boundaries (lint)', () => {
  it.each(forbidden)('%s may not run "%s"', async (filePath, code) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Unexpected path ".+" imported in restricted zone\./);
  });

  it.each(allowed)('%s may run "%s"', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
