import { mount } from 'svelte';
import { colorVariables } from '../app/theme/tokens';
import App from './App.svelte';
import { connectHost } from './bridge';
import { cssVariables } from './charts/css-variables';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The page's colours come from the same tokens as the charts' fills.
cssVariables(colorVariables())(document.documentElement);

mount(App, { target, props: { host: connectHost() } });
