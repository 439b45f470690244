import { render } from 'preact';
import { send } from '../shared/messaging';
import { localisePage } from '../ui/localise-page';
import { App } from './app';

// Opened from the auto-suggest notification as a tab: same page, full width.
if (new URLSearchParams(location.search).get('view') === 'tab') document.body.classList.add('tab');

localisePage('ext_name');
const root = document.getElementById('app');
if (root) render(<App />, root);

// Opening the popup is a good moment to heal drift (e.g. the camera page was closed by the browser).
void send('ui-bg-camera-sync', undefined).catch((error: unknown) => console.warn('[emotune] sync:', error));
