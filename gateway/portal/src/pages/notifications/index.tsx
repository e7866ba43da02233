import './notifications.css';

export { Notifications } from './Notifications';
