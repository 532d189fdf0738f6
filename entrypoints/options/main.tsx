import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t, uiLocale } from '@/lib/i18n/t';
import '@/components/theme.css';

document.documentElement.lang = uiLocale();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
