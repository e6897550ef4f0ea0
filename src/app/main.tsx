import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@react-sigma/core/lib/style.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('app: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
