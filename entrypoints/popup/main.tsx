import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { t, uiLocale } from '@/lib/i18n/t';
import '@/components/theme.css';

document.documentElement.lang = uiLocale();
document.title = t('actionTitle');
render(<PopupApp />, document.getElementById('app')!);
