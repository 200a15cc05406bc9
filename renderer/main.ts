import { mount } from 'svelte';
import { handoutLocale } from '../app/report/handout';
import { colorVariables } from '../app/theme/tokens';
import App from './App.svelte';
import { connectHost } from './bridge';
import { cssVariables } from './charts/css-variables';
import Handout from './handout/Handout.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The page's colours come from the same tokens as the charts' fills.
cssVariables(colorVariables())(document.documentElement);

// `?handout=it|en` prints the deck (npm run pdf, the admin's Export PDF); anything else runs the show.
const handout = handoutLocale(window.location.search);
if (handout) mount(Handout, { target, props: { host: connectHost(), locale: handout } });
else mount(App, { target, props: { host: connectHost() } });
