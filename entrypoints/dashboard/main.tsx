// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { render } from 'preact';
import { prepareDayFormatters, prepareZones } from '../../components/dashboard/format';
import { App } from './App';
import { openDatabase } from './database';
import { openedOrWaited } from './open-first';
import { rememberedUiLanguage } from './remembered-ui-language';
import { rememberedZones } from './remembered-zones';
import { languageOf } from './use-settings';
import './dashboard.css';

const opened = openedOrWaited(openDatabase(), 250);
const lang = languageOf(rememberedUiLanguage());
// The page's language before anything is styled: set later, it restyles the whole page, after the
// table's layout was already worked out once (App keeps it up to date from the settings).
document.documentElement.lang = lang;
prepareDayFormatters(lang);
prepareZones(rememberedZones(), new Date());
void opened.then(() => render(<App />, document.getElementById('app') as HTMLElement));
