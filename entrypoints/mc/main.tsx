import { render } from 'solid-js/web';
import '@/components/style.css';
import { McApp } from '@/components/mc/McApp';

render(() => <McApp />, document.getElementById('app') as HTMLElement);
