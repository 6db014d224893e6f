import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';
import { ProfileApp } from './ProfileApp';

render(() => <ProfileApp />, document.getElementById('app') as HTMLElement);
