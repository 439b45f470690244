import { render } from 'preact';
import { localisePage } from '../ui/localise-page';
import { App } from './app';

localisePage('options_title');
const root = document.getElementById('app');
if (root) render(<App />, root);
