import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { t } from '@/lib/i18n/t';
import '@/components/theme.css';

// The page's <title> is the manifest's message key (index.html): replaced before anything shows.
document.title = t('sidePanelTitle');

render(<SidePanelApp />, document.getElementById('app')!);
