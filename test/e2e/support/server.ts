/** The demo/fixture server for e2e tests (see scripts/serve.mjs). */
export { DEMO_HOSTS, startServer } from '../../../scripts/serve.mjs';
