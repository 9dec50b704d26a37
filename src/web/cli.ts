import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { startWebHost } from './server';

/**
 * `npm run web -- --data <folder> [--port <n>]`: starts the browser host (a development and test
 * tool, not the product) and prints the address to open.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: resolve(__dirname, '../../out/renderer') },
  },
});

if (!values.data) {
  console.error('Usage: npm run web -- --data <data folder> [--port <port>]');
  process.exit(2);
}

const version = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

startWebHost({ dataDir: resolve(values.data), rendererDir: values.renderer, port: Number(values.port), version })
  .then((host) => {
    console.log(`Qonaq browser host: ${host.url}`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error('Qonaq browser host could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
