/**
 * The page's entry: colours the page from the tokens, then mounts the show, or
 * the printable handout for `?handout=`; without a host bridge in the kiosk app
 * it says so on screen rather than running as the web build.
 */
import { mount } from 'svelte';
import { handoutLocale } from '../app/report/handout';
import { colorVariables } from '../app/theme/tokens';
import App from './App.svelte';
import { connectHost, MissingBridgeError } from './bridge';
import { cssVariables } from './charts/css-variables';
import { markFirstPaint } from './first-paint';
import Handout from './handout/Handout.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The page's colours come from the same tokens as the charts' fills.
cssVariables(colorVariables())(document.documentElement);
markFirstPaint();

// `?handout=it|en` prints the deck (npm run pdf, the admin's Export PDF); anything else runs the show.
const handout = handoutLocale(window.location.search);
try {
  if (handout) mount(Handout, { target, props: { host: connectHost(), locale: handout } });
  else mount(App, { target, props: { host: connectHost() } });
} catch (error) {
  // No bridge inside the kiosk app: a clear message, never the web build's behaviour. The host
  // counts this load as failed (no "started" report) and ends on its safe screen.
  if (!(error instanceof MissingBridgeError)) throw error;
  const message = document.createElement('main');
  message.setAttribute('role', 'alert');
  message.className = 'failure';
  const title = document.createElement('h1');
  title.textContent = 'Avvio non riuscito · Start failed';
  const detail = document.createElement('p');
  detail.textContent = error.message;
  message.append(title, detail);
  target.replaceChildren(message);
}
