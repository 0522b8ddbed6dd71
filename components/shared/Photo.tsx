import { useState } from 'react';
import { firstGrapheme } from '@/core/text';

/**
 * A person's photo, or their initial in its place: when there is no photo, and when the photo
 * does not load — the sites' photo addresses expire (LinkedIn's carry an end date), so one stored
 * months ago fails, and a broken image is all a person would see. Sent with no referrer.
 */
export function Photo({ url, name, className }: { url?: string; name: string; className: string }) {
  const [failed, setFailed] = useState<string | undefined>();
  if (url && failed !== url) return <img className={className} src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailed(url)} />;
  return (
    <span className={`${className} placeholder`} aria-hidden="true">
      {firstGrapheme(name)}
    </span>
  );
}
