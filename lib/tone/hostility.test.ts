import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { findHostility } from './hostility';
import { wordTokens } from './words';

const found = (text: string, locale: Locale) => findHostility(wordTokens(text), locale, text).map((s) => [text.slice(s.start, s.end), s.kind]);

describe('findHostility', () => {
  it.each<[string, Locale, [string, string][]]>([
    ['Calm down, we heard you.', 'en', [['Calm down', 'dismissive']]],
    ['Obviously you did not read the FAQ', 'en', [['Obviously you', 'blame']]],
    ['That is not our problem.', 'en', [['not our problem', 'blame']]],
    ['What an idiot.', 'en', [['idiot', 'insult']]],
    ['Those idiots again', 'en', [['idiots', 'insult']]],
    ['This is bullshit', 'en', [['bullshit', 'profanity']]],
    ['f*cking useless', 'en', [['f*cking', 'profanity']]],
    ['Get over it and deal with it', 'en', [['Get over it', 'dismissive'], ['deal with it', 'dismissive']]],
    ['Roe deg ned, det er ditt problem.', 'nb', [['Roe deg ned', 'dismissive'], ['det er ditt problem', 'blame']]],
    ['Du er en idiot', 'nb', [['idiot', 'insult']]],
    ['Faen, for en drittservice', 'nb', [['Faen', 'profanity'], ['drittservice', 'profanity']]],
    ['Drittkaffe', 'nb', [['Drittkaffe', 'profanity']]],
    ['Drittselskapet svarer aldri', 'nb', [['Drittselskapet', 'profanity']]],
    ['Fucking hell, again?', 'en', [['Fucking hell', 'profanity']]],
    ['Slutt å syte', 'nb', [['Slutt å syte', 'dismissive']]],
    ['Sorry not sorry', 'en', [['Sorry not sorry', 'dismissive']]],
    ['Sure, Jan. Whatever you say.', 'en', [['Whatever you say', 'dismissive']]],
    ['If you say so.', 'en', [['If you say so', 'dismissive']]],
    ['Ja ja, hvis du sier det så.', 'nb', [['hvis du sier det så', 'dismissive']]],
    ['Hva du enn sier.', 'nb', [['Hva du enn sier', 'dismissive']]],
    // As the English list has "you are useless" and "pathetic".
    ['Dere er ubrukelige', 'nb', [['Dere er ubrukelige', 'insult']]],
    ['Helt patetisk svar', 'nb', [['patetisk', 'insult']]],
    // Sarcastic thanks: a brand that writes it dismisses the customer.
    ['Wow, thanks for nothing.', 'en', [['thanks for nothing', 'dismissive']]],
    ['Thank you so much for nothing', 'en', [['Thank you so much for nothing', 'dismissive']]],
    ['Tusen takk for ingenting', 'nb', [['Tusen takk for ingenting', 'dismissive']]],
    // Take it or leave it, and the non-apology that blames the customer's feelings (QA16).
    ["Honestly, if you don't like it, don't buy it.", 'en', [["if you don't like it, don't buy it", 'dismissive']]],
    ["If you do not like our coffee, then don't order it", 'en', [["If you do not like our coffee, then don't order it", 'dismissive']]],
    ['Liker du den ikke, så la være å kjøpe den.', 'nb', [['Liker du den ikke, så la være å kjøpe den', 'dismissive']]],
    ['Liker du ikke kaffen, kjøp noe annet da!', 'nb', [['Liker du ikke kaffen, kjøp noe annet da', 'dismissive']]],
    ["If you don't like it, don't come back.", 'en', [["If you don't like it, don't come back", 'dismissive']]],
    ["If you don't like it, don't buy it again.", 'en', [["If you don't like it, don't buy it again", 'dismissive']]],
    ["If you don't like it, don't order from us.", 'en', [["If you don't like it, don't order from us", 'dismissive']]],
    ['Hvis du ikke liker den, så la være å kjøpe den.', 'nb', [['Hvis du ikke liker den, så la være å kjøpe den', 'dismissive']]],
    ['Liker du det ikke, kan du la være å kjøpe det.', 'nb', [['Liker du det ikke, kan du la være å kjøpe det', 'dismissive']]],
    // Non-apologies as the reply's last words: sorry for the feelings, nothing for what happened.
    ['Sorry you feel that way.', 'en', [['Sorry you feel that way', 'dismissive']]],
    ["Hi Kari. We're sorry if you were offended!", 'en', [['sorry if you were offended', 'dismissive']]],
    ["That's our policy. Sorry you're upset 🙂", 'en', [["Sorry you're upset", 'dismissive']]],
    ['Beklager at du føler det sånn.', 'nb', [['Beklager at du føler det sånn', 'dismissive']]],
    ['Hei! Vi beklager hvis du ble fornærmet', 'nb', [['beklager hvis du ble fornærmet', 'dismissive']]],
    // A name and a sign-off after it add nothing for the customer (rev26).
    ['Sorry you feel that way, Kari.', 'en', [['Sorry you feel that way', 'dismissive']]],
    ['Sorry you feel that way, Kari Nordmann. Have a nice day!', 'en', [['Sorry you feel that way', 'dismissive']]],
    ['Sorry you feel that way. Thanks for the feedback.', 'en', [['Sorry you feel that way', 'dismissive']]],
    ['Sorry you feel that way…', 'en', [['Sorry you feel that way', 'dismissive']]],
    ['Beklager at du føler det slik. Ha en fin dag!', 'nb', [['Beklager at du føler det slik', 'dismissive']]],
    // QA23: brush-offs that read as apologies.
    ['Sorry, not sorry.', 'en', [['Sorry, not sorry', 'dismissive']]],
    ['Sorry if that upset you.', 'en', [['Sorry if that upset you', 'dismissive']]],
    ["We're sorry if you were disappointed.", 'en', [['sorry if you were disappointed', 'dismissive']]],
    ['Sorry, but that is just how it is.', 'en', [['that is just how it is', 'dismissive']]],
    ['Beklager, sånn er det bare.', 'nb', [['sånn er det bare', 'dismissive']]],
    // QA32: brush-offs and insults a manager may snap back with, in both languages alike.
    ['Drit og dra', 'nb', [['Drit og dra', 'insult']]],
    ['Stikk av.', 'nb', [['Stikk av', 'insult']]],
    ['Ta deg en bolle', 'nb', [['Ta deg en bolle', 'dismissive']]],
    ['Drit i det.', 'nb', [['Drit i det', 'dismissive']]],
    ['Får bare leve med det.', 'nb', [['Får bare leve med det', 'dismissive']]],
    ['For en dum klage.', 'nb', [['dum klage', 'insult']]],
    ['Dumt spørsmål.', 'nb', [['Dumt spørsmål', 'insult']]],
    ['Du er teit', 'nb', [['Du er teit', 'insult']]],
    ['Bugger off', 'en', [['Bugger off', 'insult']]],
    ['Not only stupid, but rude.', 'en', [['stupid', 'insult']]],
    // rev33: a denial that does not govern the insult denies nothing.
    ['Do not be an idiot', 'en', [['idiot', 'insult']]],
    ["You're nothing but a loser", 'en', [['loser', 'insult']]],
    ['You are no better than a clown', 'en', [['clown', 'insult']]],
    ['I have never met such a moron', 'en', [['moron', 'insult']]],
    ['You are not helpful you idiot', 'en', [['idiot', 'insult']]],
    ['Ikke vær en idiot', 'nb', [['idiot', 'insult']]],
    ['Du er ikke annet enn en idiot', 'nb', [['idiot', 'insult']]],
    ['Ikke still dumme spørsmål', 'nb', [['dumme spørsmål', 'insult']]],
    ['Samma det!', 'nb', [['Samma det', 'dismissive']]],
    ['Ok. Go away.', 'en', [['Go away', 'insult']]],
    // rev34: a few words around a brush-off leave it one; line breaks, dashes and "…" end clauses.
    ['Just go away.', 'en', [['go away', 'insult']]],
    ['Go away already.', 'en', [['Go away', 'insult']]],
    ['Bare stikk av.', 'nb', [['stikk av', 'insult']]],
    ['Forsvinn herfra!', 'nb', [['Forsvinn', 'insult']]],
    ['Drit i det da.', 'nb', [['Drit i det', 'dismissive']]],
    ['Samma det for meg.', 'nb', [['Samma det', 'dismissive']]],
    ['Go away\nNobody wants you here', 'en', [['Go away', 'insult']]],
    ['Stikk av – Ingen vil ha deg her', 'nb', [['Stikk av', 'insult']]],
    ['No… Idiot.', 'en', [['Idiot', 'insult']]],
    // rev35: a comparison after a denial is a taunt.
    ['Nobody is as stupid as you', 'en', [['stupid', 'insult']]],
    ['Nothing is too stupid for you', 'en', [['stupid', 'insult']]],
    ['Go take a hike pal', 'en', [['Go take a hike', 'insult']]],
    ['Not as stupid as you look.', 'en', [['stupid', 'insult']]],
    ["Don't be an idiot", 'en', [['idiot', 'insult']]],
    ['Go take a hike', 'en', [['Go take a hike', 'insult']]],
    // A brush-off that goes on with "and never come back" is still one (rev35 M4).
    ['Go away and never come back', 'en', [['Go away', 'insult']]],
    ['Just go away and leave us alone!', 'en', [['go away', 'insult']]],
    ["Take a hike and don't come back.", 'en', [['Take a hike', 'insult']]],
    ['Stikk av og kom aldri tilbake', 'nb', [['Stikk av', 'insult']]],
    ['Bare forsvinn og la oss være i fred.', 'nb', [['forsvinn', 'insult']]],
  ])('%j (%s) is hostile', (text, locale, expected) => {
    expect(found(text, locale)).toEqual(expected);
  });

  it.each<[string, Locale]>([
    ['Scunthorpe United won at home', 'en'],
    // Service, not dismissal: the second clause does not send the customer away.
    ["If you don't like it, send it back for a full refund!", 'en'],
    ["If you don't like it, don't worry: we swap it for free.", 'en'],
    ['Liker du den ikke? Send oss en melding, så finner vi en annen.', 'nb'],
    ["We're sorry you had to wait, that's not how we want it to feel.", 'en'],
    // Sincere service that looks like a dismissal (rev21): the second clause offers a remedy, or
    // the sorry is for how the customer feels, not instead of help.
    ["If you don't like it, don't drink it: bring it back and we'll make you another!", 'en'],
    ["If you don't like our new blend, don't buy it again before you've tried the old one, we still have it!", 'en'],
    ['Sorry if you feel that way, we\'ll do better.', 'en'],
    ["We're so sorry you feel that way and we hear you.", 'en'],
    ['Beklager at du opplever det slik. Send oss ordrenummeret ditt, så ordner vi det.', 'nb'],
    ['Beklager hvis du føler det slik, vi skal bli bedre.', 'nb'],
    // A non-apology followed by help, or quoted, is not the door closed.
    ['Sorry you feel that way. DM us your order number and we will fix it today.', 'en'],
    ['Never answer a customer with "sorry you feel that way".', 'en'],
    ['Synd at du føler det slik. Send oss en melding, så ordner vi det.', 'nb'],
    ["Sorry you feel that way, Kari, we'll do better.", 'en'],
    ['Sånn er det å være kaffeelsker: du blir aldri ferdig!', 'nb'],
    // Fatalistic phrases only close the door as the reply's last words (rev27).
    ['Monday morning again. It is what it is, so grab a cup ☕', 'en'],
    ["Fresh beans change week to week. That's just how it is with a natural product, and we love it.", 'en'],
    ["Sorry to hear that. That's just how it is sometimes with the post, but we'll chase it for you.", 'en'],
    ['Sånn er det bare med ferske bønner: smaken endrer seg fra uke til uke.', 'nb'],
    ['Det er bare sånn det er når vi brenner hver dag.', 'nb'],
    ["We're sorry if you were disappointed with the roast: reply with your order number and we'll send a new bag.", 'en'],
    ['Sorry you feel that way. Have a nice day and send us your order number!', 'en'],
    ['La være å kjøpe kaffe på bensinstasjonen, kom til oss!', 'nb'],
    ['Ikke kjøp noe annet da, kom innom i morgen!', 'nb'],
    ['We assess every class of passengers', 'en'],
    ['Relax with a cup of our new blend', 'en'],
    ['Whatever you need, we are here', 'en'],
    ['Matte er mitt beste fag', 'nb'],
    ['Han tok med sin mor og sin far', 'nb'],
    ['Lykke til og hell og lykke', 'nb'],
    ['Så dumt at pakken ble borte, vi ordner det', 'nb'],
    ['Det var dumt av oss, vi sender en ny pose i dag', 'nb'],
    ['Ikke noe dumt spørsmål i det hele tatt, vi svarer gjerne!', 'nb'],
    ['Vi stikker innom markedet i morgen', 'nb'],
    ['There are no stupid questions, ask away!', 'en'],
    ['No such thing as a stupid question.', 'en'],
    ['Ingen dumme spørsmål her!', 'nb'],
    ['Not a stupid question at all!', 'en'],
    ['Ikke noe slikt som et dumt spørsmål.', 'nb'],
    ["Don't worry, no question is too stupid", 'en'],
    ['No question is stupid', 'en'],
    ['Never feel stupid for asking', 'en'],
    ['Ingen spørsmål er dumme spørsmål', 'nb'],
    // rev35: reassurances, and posts where the sentence goes on after an emoji, dash or line break.
    ["Don't feel stupid for asking!", 'en'],
    ['No one should feel stupid for asking', 'en'],
    ['No need to feel stupid!', 'en'],
    ['Take a hike 🥾 and bring a thermos ☕', 'en'],
    ['Stikk av 🏔️ og nyt sola', 'nb'],
    ['Take a hike — the trails are open', 'en'],
    ['Take a hike\nwith our new trail mix', 'en'],
    // A tail needs its "and" right after the brush-off, and ends a clause; elsewhere it is a post's words.
    ["Go away for the weekend and you'll never come back to instant", 'en'],
    ['Take a hike and stay away from the crowds at our new trail café', 'en'],
    ["You'll never come back to instant coffee", 'en'],
    // rev33: brush-offs that are ordinary words in a post.
    ["Don't let the summer go away", 'en'],
    ['Grab a thermos and take a hike this weekend!', 'en'],
    ['Buzz off to the roastery for a free sample', 'en'],
    ['Stikk av fra hverdagen med en kopp kaffe', 'nb'],
    ['Forsvinn inn i en god bok og en varm kopp', 'nb'],
    ['Ta deg en bolle til kaffen!', 'nb'],
    ['Regnvær igjen? Vi får bare leve med det – med en god kopp kaffe', 'nb'],
    ['Samma det hvilken bønne du velger, alle er gode', 'nb'],
    ['Hvordan dustsuger jeg sofaen?', 'nb'],
    // Not every "dritt-" is swearing at someone: the weather, and slang praise.
    ['Drittvær ute? Perfekt kaffevær ☕', 'nb'],
    ['Drittbra kaffe', 'nb'],
    ['Calm down', 'nb'],
    ['Roe deg ned', 'en'],
    ['Calm. Down the road is our shop', 'en'],
    // "nothing but" means "only".
    ['Thanks for nothing but good vibes today', 'en'],
    ['Takk for ingenting annet enn gode minner', 'nb'],
    // Quoted: about the words, not saying them.
    ['We hear you. "Thanks for nothing" is not what we want you to feel.', 'en'],
    ['', 'en'],
  ])('%j (%s) is not hostile', (text, locale) => {
    expect(found(text, locale)).toEqual([]);
  });
});

describe('helpful pointers are not blame', () => {
  it.each<[string, Locale]>([
    ['You can read the FAQ here: https://example.com/faq', 'en'],
    ['Les gjerne vilkårene våre her', 'nb'],
  ])('%j', (text, locale) => {
    expect(found(text, locale)).toEqual([]);
  });
});
