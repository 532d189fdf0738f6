import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { uiLocale } from '@/lib/i18n/t';
import '@/components/theme.css';

document.documentElement.lang = uiLocale();
render(<PopupApp />, document.getElementById('app')!);
