import { render } from 'solid-js/web';
import '@/components/style.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

render(() => <WelcomeApp />, document.getElementById('app') as HTMLElement);
