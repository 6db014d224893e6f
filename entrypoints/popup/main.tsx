import { render } from 'solid-js/web';
import '@/components/style.css';
import { PopupApp } from './PopupApp';

render(() => <PopupApp />, document.getElementById('app') as HTMLElement);
