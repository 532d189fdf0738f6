import rule from './hashtags-banned';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  plan: { channels: { instagram: { hashtags: { banned: ['#followforfollow', 'cheap*'] } } } },
  valid: [
    'Fresh beans #NordlysCoffee',
    { name: 'a banned word without # is for terms.*', text: 'followforfollow' },
    { name: 'inside a URL', text: 'https://nordlyscoffee.no/#followforfollow' },
  ],
  invalid: [
    { text: 'Fresh #followforfollow now', findings: [{ start: 6, end: 22 }], output: 'Fresh now' },
    { name: 'case-insensitive, at the start', text: '#FollowForFollow fresh', findings: [{ start: 0, end: 16 }], output: 'fresh' },
    { name: 'prefix entry', text: 'Fresh #CheapCoffee', findings: [{ start: 6, end: 18, message: /#CheapCoffee is banned/, nb: /^#CheapCoffee er forbudt i planen\.$/ }], output: 'Fresh' },
    {
      name: 'two adjacent: the second fix would share the space, so it waits for the next check',
      text: '#cheap #followforfollow',
      findings: [{ start: 0, end: 6 }, { start: 7, end: 23 }],
      output: '#followforfollow',
    },
    { name: 'a line of its own goes with the break before it', text: 'Fresh beans\n#followforfollow', findings: [{ start: 12, end: 28 }], output: 'Fresh beans' },
    { name: 'the first line goes with the break after it', text: '#followforfollow\nFresh beans', findings: [{ start: 0, end: 16 }], output: 'Fresh beans' },
    { name: 'a line between two keeps one break', text: 'Fresh\n#followforfollow \nbeans', findings: [{ start: 6, end: 22 }], output: 'Fresh\nbeans' },
    { name: 'alone in the post', text: '#followforfollow', findings: [{ start: 0, end: 16 }], output: '' },
    { name: 'runs of spaces around it leave one (QA28)', text: 'Fresh roast  #followforfollow \t today', findings: [{ start: 13, end: 29 }], output: 'Fresh roast today' },
    { name: 'before punctuation, the spaces before it go', text: 'Fresh roast  #followforfollow, today', findings: [{ start: 13, end: 29 }], output: 'Fresh roast, today' },
    { name: 'right after punctuation, one space stays', text: 'Fresh,#followforfollow  today', findings: [{ start: 6, end: 22 }], output: 'Fresh, today' },
    { name: 'two side by side at the end: both fixes go in together (rev30)', text: 'roast #cheapcoffee #CheapCoffee', findings: [{ start: 6, end: 18 }, { start: 19, end: 31 }], output: 'roast' },
    { name: 'two side by side mid-sentence', text: 'roast #cheap  #cheapcoffee today', findings: [{ start: 6, end: 12 }, { start: 14, end: 26 }], output: 'roast today' },
    { name: 'spaces before it at the end of a line go too', text: 'Fresh roast   #followforfollow\nMore', findings: [{ start: 14, end: 30 }], output: 'Fresh roast\nMore' },
    { name: 'lines of their own one under another, at the start', text: '#cheap\n#followforfollow\nFresh', findings: [{ start: 0, end: 6 }, { start: 7, end: 23 }], output: 'Fresh' },
    { name: 'lines of their own one under another, at the end', text: 'Fresh\n#cheap\n#followforfollow', findings: [{ start: 6, end: 12 }, { start: 13, end: 29 }], output: 'Fresh' },
    { name: 'three lines of their own are the whole post', text: '#cheap\n #followforfollow\n#cheapest', findings: [{ start: 0, end: 6 }, { start: 8, end: 24 }, { start: 25, end: 34 }], output: '' },
    { name: 'a paragraph of its own keeps one paragraph break', text: 'Fresh beans\n\n#followforfollow\n\nMore soon', findings: [{ start: 13, end: 29 }], output: 'Fresh beans\n\nMore soon' },
    { name: 'the last paragraph takes the empty line before it', text: 'Fresh beans\n\n#followforfollow', findings: [{ start: 13, end: 29 }], output: 'Fresh beans' },
    { name: 'the first paragraph takes the empty line after it', text: '#followforfollow\n\nFresh beans', findings: [{ start: 0, end: 16 }], output: 'Fresh beans' },
    { name: 'paragraphs of their own, one after another', text: 'Fresh\n\n#cheap\n\n#followforfollow\n\nMore', findings: [{ start: 7, end: 13 }, { start: 15, end: 31 }], output: 'Fresh\n\nMore' },
    { name: 'the last paragraph, with empty lines after it: they go too (QA30)', text: 'Fresh beans\n\n#followforfollow\n\n', findings: [{ start: 13, end: 29 }], output: 'Fresh beans' },
    { name: 'lines of their own at the end, then an empty line', text: 'Fresh\n#cheap\n#followforfollow\n', findings: [{ start: 6, end: 12 }, { start: 13, end: 29 }], output: 'Fresh' },
    { name: 'a line under a paragraph break keeps the break', text: 'Fresh\n\n#followforfollow\nMore', findings: [{ start: 7, end: 23 }], output: 'Fresh\n\nMore' },
    { name: 'two apart', text: 'a #cheap b #followforfollow', findings: [{ start: 2, end: 8 }, { start: 11, end: 27 }], output: 'a b' },
  ],
});
