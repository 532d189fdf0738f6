// `npm run demo` entry: the demo is TypeScript (it shares the e2e browser launcher and the
// playground routes), so register tsx's loader, then run scripts/demo.ts.
import { register } from 'tsx/esm/api';

register();
await import('./demo.ts');
