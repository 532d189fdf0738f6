import { describe, expect, it } from 'vitest';
import { templateGlue } from './template-glue';

describe('templateGlue', () => {
  it.each([
    ['', 'So sorry!', ''],
    ['@kari ', 'So sorry!', ''],
    ['Hi Kari\n', 'So sorry!', ''],
    ['Hei Kari, pakken din er på vei og den kommer', 'Så leit å høre!', '. '],
    ['Thanks for waiting', 'We will fix it.', '. '],
    ['Thanks for waiting!', 'We will fix it.', ' '],
    ['Thanks for waiting 🙏', 'We will fix it.', ' '],
    ['@kari', 'So sorry!', ' '],
    ['Read more #NordlysCoffee', 'So sorry!', ' '],
    ['Hi Kari', 'so sorry about that', ' '],
    ['Order 1234', 'Vi ser på det.', '. '],
  ])('%j + %j → %j', (draft, template, glue) => expect(templateGlue(draft, template)).toBe(glue));
});
