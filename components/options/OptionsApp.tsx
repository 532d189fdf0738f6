import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';

export function OptionsApp() {
  const [status, setStatus] = useState('…');
  useEffect(() => {
    void send('ping', {}).then((r) => setStatus(r.ok ? `background ${r.value.version}` : r.error.message));
  }, []);
  return (
    <main data-page="options">
      <h1>Brandline</h1>
      <p data-testid="background-status">{status}</p>
    </main>
  );
}
