import { render } from 'solid-js/web';
import '@/components/style.css';
import { ProfileApp } from './ProfileApp';

render(() => <ProfileApp />, document.getElementById('app') as HTMLElement);
