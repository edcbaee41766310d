import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../utils/i18n';
import '../../components/options/options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
