import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import '@/components/styles/process.css';
import { SidePanelApp } from './SidePanelApp';

render(() => <SidePanelApp />, document.getElementById('app') as HTMLElement);
