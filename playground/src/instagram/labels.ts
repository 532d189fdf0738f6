import type { Lang } from '../shared/params';

/** instagram.com's strings in English and Norwegian Bokmål (approximated). */
export const IG_LABELS: Record<Lang, {
  addComment: string;
  post: string;
  reply: string;
  writeCaption: string;
  createNewPost: string;
  share: string;
  close: string;
  back: string;
  likes: (count: number) => string;
  nav: string[];
  create: string;
}> = {
  en: {
    addComment: 'Add a comment…', post: 'Post', reply: 'Reply', writeCaption: 'Write a caption...',
    createNewPost: 'Create new post', share: 'Share', close: 'Close', back: 'Back',
    likes: (count) => `${count.toLocaleString('en')} likes`,
    nav: ['Home', 'Search', 'Explore', 'Reels', 'Messages', 'Notifications'], create: 'Create',
  },
  nb: {
    addComment: 'Legg til en kommentar …', post: 'Publiser', reply: 'Svar', writeCaption: 'Skriv en bildetekst …',
    createNewPost: 'Opprett nytt innlegg', share: 'Del', close: 'Lukk', back: 'Tilbake',
    likes: (count) => `${count.toLocaleString('nb')} liker`,
    nav: ['Hjem', 'Søk', 'Utforsk', 'Reels', 'Meldinger', 'Varsler'], create: 'Opprett',
  },
};
