import { render } from 'solid-js/web';
import '@/components/styles/base.css';
import '@/components/styles/documents.css';
import { DocumentsApp } from './DocumentsApp';

render(() => <DocumentsApp />, document.getElementById('app') as HTMLElement);
