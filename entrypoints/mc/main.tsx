import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import '@/components/styles/documents.css';
import '@/components/styles/mc.css';
import { McApp } from '@/components/mc/McApp';

render(() => <McApp />, document.getElementById('app') as HTMLElement);
