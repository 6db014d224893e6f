import { render } from 'solid-js/web';
import '@/components/style.css';
import { DocumentsApp } from './DocumentsApp';

render(() => <DocumentsApp />, document.getElementById('app') as HTMLElement);
