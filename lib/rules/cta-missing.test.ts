import rule from './cta-missing';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  plan: { channels: { instagram: { cta: { required: true, phrases: ['link in bio', 'Tap to shop'] } } } },
  valid: [
    'New beans, link in bio!',
    { name: 'any case', text: 'TAP TO SHOP' },
    { name: 'not required', text: 'Nothing here', plan: { channels: { instagram: { cta: { required: false, phrases: ['link in bio'] } } } } },
    { name: 'comments are not checked', text: 'Thanks!', surface: 'comment' },
    { name: "a phrase's punctuation at its ends is not required", text: 'Order now.', plan: { channels: { instagram: { cta: { required: true, phrases: ['Order now!', '(Tap to shop)'] } } } } },
    { name: 'a phrase with an emoji at its end', text: 'Link in bio', plan: { channels: { instagram: { cta: { required: true, phrases: ['Link in bio ☕'] } } } } },
  ],
  invalid: [
    { text: 'New beans!', findings: [{ start: 10, end: 10, message: /"link in bio", "Tap to shop"/, nb: /^Legg til en oppfordring til handling, f\.eks\. «link in bio» eller «Tap to shop»\.$/ }] },
    { name: 'a phrase split by punctuation does not count', text: 'Tap. To shop', findings: [{ start: 12, end: 12 }] },
    { name: "symbols inside a phrase are part of it", text: 'Save 50 today', plan: { channels: { instagram: { cta: { required: true, phrases: ['Save 50% today'] } } } }, findings: [{ start: 13, end: 13 }] },
    { name: 'a phrase inside a URL does not count', text: 'nordlyscoffee.no/link-in-bio', findings: [{ start: 28, end: 28 }] },
  ],
});
