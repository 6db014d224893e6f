import { render } from 'solid-js/web';
import '@/components/style.css';
import { SidePanelApp } from './SidePanelApp';

render(() => <SidePanelApp />, document.getElementById('app') as HTMLElement);
