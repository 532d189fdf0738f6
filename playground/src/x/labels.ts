import type { Lang } from '../shared/params';

/** x.com's own strings (English) and the ones X shows in Norwegian Bokmål (approximated). */
export const X_LABELS: Record<Lang, {
  whatsHappening: string;
  postText: string;
  post: string;
  reply: string;
  postYourReply: string;
  replyingTo: string;
  forYou: string;
  following: string;
  home: string;
  explore: string;
  notifications: string;
  messages: string;
  profile: string;
  search: string;
  trends: string;
  sent: string;
  close: string;
  timeline: string;
  startMessage: string;
  addPost: string;
  postAll: string;
  removePost: string;
}> = {
  en: {
    whatsHappening: 'What is happening?!', postText: 'Post text', post: 'Post', reply: 'Reply',
    postYourReply: 'Post your reply', replyingTo: 'Replying to', forYou: 'For you', following: 'Following',
    home: 'Home', explore: 'Explore', notifications: 'Notifications', messages: 'Messages', profile: 'Profile',
    search: 'Search', trends: "What's happening", sent: 'Your post was sent.', close: 'Close',
    timeline: 'Timeline: Your Home Timeline', startMessage: 'Start a new message',
    addPost: 'Add post', postAll: 'Post all', removePost: 'Remove post',
  },
  nb: {
    whatsHappening: 'Hva skjer?', postText: 'Tekst i innlegg', post: 'Publiser', reply: 'Svar',
    postYourReply: 'Publiser svaret ditt', replyingTo: 'Svarer', forYou: 'For deg', following: 'Følger',
    home: 'Hjem', explore: 'Utforsk', notifications: 'Varsler', messages: 'Meldinger', profile: 'Profil',
    search: 'Søk', trends: 'Hva skjer', sent: 'Innlegget ditt ble sendt.', close: 'Lukk',
    timeline: 'Tidslinje: Din hjemmetidslinje', startMessage: 'Start en ny melding',
    addPost: 'Legg til innlegg', postAll: 'Publiser alle', removePost: 'Fjern innlegg',
  },
};
