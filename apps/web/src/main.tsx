import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import './app.css';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
