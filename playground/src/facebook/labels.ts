import type { Lang } from '../shared/params';

/** facebook.com's strings in English and Norwegian Bokmål (approximated). */
export const FB_LABELS: Record<Lang, {
  whatsOnYourMind: (name: string) => string;
  createPost: string;
  post: string;
  writeComment: string;
  writePublicComment: string;
  comment: string;
  like: string;
  share: string;
  close: string;
  search: string;
  addToPost: string;
  commentBy: (name: string) => string;
  reply: string;
  replyTo: (name: string) => string;
  justNow: string;
}> = {
  en: {
    whatsOnYourMind: (name) => `What's on your mind, ${name}?`, createPost: 'Create post', post: 'Post',
    writeComment: 'Write a comment…', writePublicComment: 'Write a public comment…', comment: 'Comment', like: 'Like',
    share: 'Share', close: 'Close', search: 'Search Facebook', addToPost: 'Add to your post',
    commentBy: (name) => `Comment by ${name}`, justNow: 'Just now',
    reply: 'Reply', replyTo: (name) => `Reply to ${name}…`,
  },
  nb: {
    whatsOnYourMind: (name) => `Hva tenker du på, ${name}?`, createPost: 'Opprett innlegg', post: 'Publiser',
    writeComment: 'Skriv en kommentar …', writePublicComment: 'Skriv en offentlig kommentar …', comment: 'Kommenter',
    like: 'Liker', share: 'Del', close: 'Lukk', search: 'Søk på Facebook', addToPost: 'Legg til i innlegget',
    commentBy: (name) => `Kommentar fra ${name}`, justNow: 'Akkurat nå',
    reply: 'Svar', replyTo: (name) => `Svar ${name} …`,
  },
};
