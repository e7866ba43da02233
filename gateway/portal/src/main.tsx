// The shared styles first, so each area's own stylesheet (imported by its pages) can refine them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LETTER_UPLOAD_PATH, LetterUpload } from './pages/promotion';

// The one public page: an external letter writer has no account, so it renders without the signed-in shell (no /api/me).
const Root = window.location.pathname === LETTER_UPLOAD_PATH ? LetterUpload : App;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
