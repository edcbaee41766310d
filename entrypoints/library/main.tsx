import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { t, uiLanguage } from '../../utils/i18n';
import '../../components/library/library.css';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
