import { browser } from 'wxt/browser';
import { runInOpenTabsWhenAllowed, type ScriptingLike } from '@/lib/background/run-in-open-tabs';
import { setUpMessaging } from '@/lib/background/setup';

export default defineBackground(() => {
  setUpMessaging();
  runInOpenTabsWhenAllowed(browser as unknown as ScriptingLike);
});
