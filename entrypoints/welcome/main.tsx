import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

render(() => <WelcomeApp />, document.getElementById('app') as HTMLElement);
