import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { uiLanguage } from '../../utils/i18n';
import '../../components/popup/popup.css';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<PopupApp search={location.search} />, root);
