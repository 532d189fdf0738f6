import { useEffect, useRef, useState } from 'react';
import { HEAVY_FEED_SIZE, HEAVY_FEED_TICK_MS, makeTweet, seededRandom, tick } from './heavy-feed';
import { Tweet } from './Tweet';

export function HeavyTimeline() {
  const random = useRef(seededRandom(2027));
  const serial = useRef(HEAVY_FEED_SIZE);
  const [feed, setFeed] = useState(() => Array.from({ length: HEAVY_FEED_SIZE }, (_, i) => makeTweet(HEAVY_FEED_SIZE - i, random.current)));

  useEffect(() => {
    const timer = window.setInterval(() => {
      serial.current += 1;
      setFeed((current) => tick(current, serial.current, random.current));
    }, HEAVY_FEED_TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  return <>{feed.map((tweet) => <Tweet key={tweet.id} tweet={tweet} />)}</>;
}
