import { setUpMessaging } from '@/lib/background/setup';

export default defineBackground(() => {
  setUpMessaging();
});
