import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/theme.css';

render(<SidePanelApp />, document.getElementById('app')!);
