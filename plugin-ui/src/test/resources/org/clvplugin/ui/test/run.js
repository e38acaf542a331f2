import {run} from './harness.js';
import './format.test.js';
import './card-state.test.js';
import './i18n.test.js';
import './styles.test.js';
import './logic.test.js';
import './charts.test.js';
import './dom.test.js';
import './card.test.js';
import './api.test.js';
import './settings.test.js';
import './dashboard.test.js';

run();
