import './promotion.css';

export { AssignedDossiers } from './AssignedDossiers';
export { LetterUpload } from './LetterUpload';
export { MyPromotion } from './MyPromotion';
export { LETTER_UPLOAD_PATH } from './dossier';
