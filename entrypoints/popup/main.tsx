import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';
import { PopupApp } from './PopupApp';

render(() => <PopupApp />, document.getElementById('app') as HTMLElement);
